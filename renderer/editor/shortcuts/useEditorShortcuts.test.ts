import { describe, expect, it } from 'vitest';
import { editorCommandFor } from './useEditorShortcuts.ts';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('editorCommandFor', () => {
  it('maps Ctrl+F, Ctrl+H, Ctrl+S, Ctrl+/ and F1 on Windows and Linux', () => {
    expect(editorCommandFor(press({ key: 'f', code: 'KeyF', ctrlKey: true }), false)).toBe('onFind');
    expect(editorCommandFor(press({ key: 'h', code: 'KeyH', ctrlKey: true }), false)).toBe('onReplace');
    expect(editorCommandFor(press({ key: 's', code: 'KeyS', ctrlKey: true }), false)).toBe('onSaveRevision');
    expect(editorCommandFor(press({ key: '/', code: 'Slash', ctrlKey: true }), false)).toBe('onHelp');
    expect(editorCommandFor(press({ key: 'F1', code: 'F1' }), false)).toBe('onHelp');
  });

  it('reads letters by physical key too, whatever layout is active', () => {
    expect(editorCommandFor(press({ key: 'а', code: 'KeyF', ctrlKey: true }), false)).toBe('onFind');
  });

  it('uses ⌘ on a Mac, with ⌘⌥F for replace since ⌘H hides the app', () => {
    expect(editorCommandFor(press({ key: 'f', code: 'KeyF', metaKey: true }), true)).toBe('onFind');
    expect(editorCommandFor(press({ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }), true)).toBe('onReplace');
    expect(editorCommandFor(press({ key: 'h', code: 'KeyH', metaKey: true }), true)).toBeUndefined();
    expect(editorCommandFor(press({ key: 'f', code: 'KeyF', ctrlKey: true }), true)).toBeUndefined();
  });

  it('leaves typing, the editor’s own bindings and IME compositions alone', () => {
    expect(editorCommandFor(press({ key: 'f', code: 'KeyF' }), false)).toBeUndefined();
    expect(editorCommandFor(press({ key: 'b', code: 'KeyB', ctrlKey: true }), false)).toBeUndefined();
    expect(editorCommandFor(press({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(editorCommandFor(press({ key: 'f', code: 'KeyF', ctrlKey: true, isComposing: true }), false)).toBeUndefined();
  });
});
