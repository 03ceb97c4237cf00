import type { Editor } from '@tiptap/react';

export type ShortcutGroup = 'text' | 'blocks' | 'editing' | 'tools';

/** A key of a combination: a modifier (translated, or a symbol on a Mac) or a key as printed on the keycap. */
export type ShortcutKey = 'Mod' | 'Shift' | 'Alt' | 'Enter' | 'Tab' | (string & {});

export interface Shortcut {
  /** `shortcuts.item.<id>` names the action. */
  id: string;
  group: ShortcutGroup;
  /** Alternatives (Ctrl+Y or Ctrl+Shift+Z), each a combination pressed together. */
  keys: readonly (readonly ShortcutKey[])[];
  /** On a Mac, when it differs (⌘H hides the app there, so replace is ⌘⌥F). */
  appleKeys?: readonly (readonly ShortcutKey[])[];
  /** Listed only when the editor has this extension: a shortcut that does nothing is worse than none. */
  extension?: string;
  /** Parameters of the label (a heading's level). */
  params?: Readonly<Record<string, number>>;
}

export const GROUP_ORDER: readonly ShortcutGroup[] = ['text', 'blocks', 'editing', 'tools'];

/**
 * TipTap's own bindings (StarterKit 3 and the newsroom marks), as its extensions
 * declare them in `addKeyboardShortcuts`, plus the editor view's (find, help, save
 * version: `useEditorShortcuts`). Headings are added from the editor's configured levels.
 */
const SHORTCUTS: readonly Shortcut[] = [
  { id: 'bold', group: 'text', keys: [['Mod', 'B']], extension: 'bold' },
  { id: 'italic', group: 'text', keys: [['Mod', 'I']], extension: 'italic' },
  { id: 'underline', group: 'text', keys: [['Mod', 'U']], extension: 'underline' },
  { id: 'strike', group: 'text', keys: [['Mod', 'Shift', 'S']], extension: 'strike' },
  { id: 'subscript', group: 'text', keys: [['Mod', ',']], extension: 'subscript' },
  { id: 'superscript', group: 'text', keys: [['Mod', '.']], extension: 'superscript' },
  { id: 'editorNote', group: 'text', keys: [['Mod', 'Alt', 'M']], extension: 'editorNote' },
  { id: 'paragraph', group: 'blocks', keys: [['Mod', 'Alt', '0']], extension: 'paragraph' },
  { id: 'bulletList', group: 'blocks', keys: [['Mod', 'Shift', '8']], extension: 'bulletList' },
  { id: 'orderedList', group: 'blocks', keys: [['Mod', 'Shift', '7']], extension: 'orderedList' },
  { id: 'indent', group: 'blocks', keys: [['Tab']], extension: 'listItem' },
  { id: 'outdent', group: 'blocks', keys: [['Shift', 'Tab']], extension: 'listItem' },
  { id: 'blockquote', group: 'blocks', keys: [['Mod', 'Shift', 'B']], extension: 'blockquote' },
  { id: 'alignLeft', group: 'blocks', keys: [['Mod', 'Shift', 'L']], extension: 'textAlign' },
  { id: 'alignCenter', group: 'blocks', keys: [['Mod', 'Shift', 'E']], extension: 'textAlign' },
  { id: 'alignRight', group: 'blocks', keys: [['Mod', 'Shift', 'R']], extension: 'textAlign' },
  { id: 'alignJustify', group: 'blocks', keys: [['Mod', 'Shift', 'J']], extension: 'textAlign' },
  { id: 'hardBreak', group: 'blocks', keys: [['Shift', 'Enter'], ['Mod', 'Enter']], extension: 'hardBreak' },
  { id: 'undo', group: 'editing', keys: [['Mod', 'Z']], extension: 'undoRedo' },
  { id: 'redo', group: 'editing', keys: [['Mod', 'Shift', 'Z'], ['Mod', 'Y']], extension: 'undoRedo' },
  { id: 'find', group: 'tools', keys: [['Mod', 'F']], extension: 'findReplace' },
  { id: 'replace', group: 'tools', keys: [['Mod', 'H']], appleKeys: [['Mod', 'Alt', 'F']], extension: 'findReplace' },
  { id: 'saveRevision', group: 'tools', keys: [['Mod', 'S']] },
  { id: 'help', group: 'tools', keys: [['Mod', '/'], ['F1']] },
];

function headingLevels(editor: Editor): number[] {
  const heading = editor.extensionManager.extensions.find((extension) => extension.name === 'heading');
  const levels: unknown = (heading?.options as { levels?: unknown } | undefined)?.levels;
  return Array.isArray(levels) ? levels.filter((level): level is number => typeof level === 'number') : [];
}

/** The shortcuts this editor actually has, in display order; without an editor, the ones that need none. */
export function editorShortcuts(editor: Editor | null): Shortcut[] {
  const names = new Set(editor?.extensionManager.extensions.map((extension) => extension.name) ?? []);
  const available = SHORTCUTS.filter((shortcut) => shortcut.extension === undefined || names.has(shortcut.extension));
  const headings: Shortcut[] = (editor === null ? [] : headingLevels(editor)).map((level) => ({
    id: 'heading',
    group: 'blocks',
    keys: [['Mod', 'Alt', String(level)]],
    params: { level },
  }));
  const paragraphAt = available.findIndex((shortcut) => shortcut.id === 'paragraph');
  available.splice(paragraphAt === -1 ? 0 : paragraphAt + 1, 0, ...headings);
  return available;
}

/** Apple keyboards label the modifiers with symbols and use ⌘ where others use Ctrl (TipTap's `Mod`). */
export function isApplePlatform(userAgent: string = navigator.userAgent): boolean {
  return /Mac|iPhone|iPad/.test(userAgent);
}
