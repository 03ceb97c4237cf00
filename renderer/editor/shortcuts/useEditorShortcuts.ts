import { useEffect, useRef } from 'react';
import { isApplePlatform } from './editorShortcuts.ts';

export interface EditorShortcutHandlers {
  /** Ctrl+F (⌘F). */
  onFind?(): void;
  /** Ctrl+H (⌘⌥F on a Mac, where ⌘H hides the app). */
  onReplace?(): void;
  /** Ctrl+/ or F1. */
  onHelp?(): void;
  /** Ctrl+S: "Lưu phiên bản". */
  onSaveRevision?(): void;
}

export type EditorCommand = keyof EditorShortcutHandlers;

/**
 * Which view-level command a key press asks for, if any. Letters are read from
 * `event.code` too, so the shortcut works whatever keyboard layout is active; a key
 * pressed during an IME composition (Telex, VNI) is never a shortcut.
 */
export function editorCommandFor(event: KeyboardEvent, apple: boolean = isApplePlatform()): EditorCommand | undefined {
  if (event.isComposing) return undefined;
  if (event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey) return 'onHelp';
  const mod = apple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod) return undefined;
  const key = event.key.toLowerCase();
  const is = (letter: string) => key === letter || event.code === `Key${letter.toUpperCase()}`;
  if (is('f') && !event.shiftKey) return apple && event.altKey ? 'onReplace' : event.altKey ? undefined : 'onFind';
  if (!apple && is('h') && !event.shiftKey && !event.altKey) return 'onReplace';
  if (is('s') && !event.shiftKey && !event.altKey) return 'onSaveRevision';
  if ((key === '/' || event.code === 'Slash') && !event.altKey) return 'onHelp';
  return undefined;
}

/**
 * The editor view's own shortcuts, while the view is mounted. Listened for on the
 * document (not the body editor) so they work from the title, the sapo or the find
 * panel; the browser's own Ctrl+F / Ctrl+H / Ctrl+S are replaced only when a handler
 * is given. Nothing here runs for plain typing: the first test is a modifier or F1.
 */
export function useEditorShortcuts(handlers: EditorShortcutHandlers, enabled = true): void {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.ctrlKey && !event.metaKey && event.key !== 'F1') return;
      if (event.defaultPrevented) return;
      // A modal dialog (help, preview) has the keyboard to itself: nothing opens behind it.
      if (event.target instanceof Element && event.target.closest('[aria-modal="true"]') !== null) return;
      const command = editorCommandFor(event);
      const handler = command === undefined ? undefined : current.current[command];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
