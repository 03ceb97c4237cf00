import { Mark, mergeAttributes } from '@tiptap/react';
import { EDITOR_NOTE_CLASS } from '../../../shared/publish/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    editorNote: {
      setEditorNote: () => ReturnType;
      toggleEditorNote: () => ReturnType;
      unsetEditorNote: () => ReturnType;
    };
  }
}

/** The class the editor highlights notes with (`styles.css`). */
export const EDITOR_NOTE_EDITOR_CLASS = 'editor-note';

/**
 * The editor's note ("Ghi chú biên tập"): text the desk leaves for itself inside the body
 * ("kiểm tra lại số liệu"), highlighted here and never published (`shared/publish`
 * strips it unless asked). A `<mark>` so copy and paste between articles keeps it; other
 * programs' highlights are plain `<mark>`s and stay plain text.
 */
export const EditorNote = Mark.create({
  name: 'editorNote',

  parseHTML() {
    return [{ tag: 'mark[data-editor-note]' }, { tag: `mark.${EDITOR_NOTE_CLASS}` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes(HTMLAttributes, { class: EDITOR_NOTE_EDITOR_CLASS, 'data-editor-note': '' }), 0];
  },

  addCommands() {
    return {
      setEditorNote:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleEditorNote:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetEditorNote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    // Ctrl+Alt+M inserts a comment in Word and Google Docs: the same gesture for the same intent.
    return { 'Mod-Alt-m': () => this.editor.commands.toggleEditorNote() };
  },
});
