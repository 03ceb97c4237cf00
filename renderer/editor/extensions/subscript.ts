import { Mark, mergeAttributes } from '@tiptap/react';
import { MARK_SPECS } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    subscript: {
      setSubscript: () => ReturnType;
      toggleSubscript: () => ReturnType;
      unsetSubscript: () => ReturnType;
    };
  }
}

/**
 * `<sub>`, for units and chemistry (m², CO₂) that reporters otherwise type as "m2".
 * Excludes superscript: text is one or the other, as in WordPress and Word.
 */
export const Subscript = Mark.create({
  name: 'subscript',
  excludes: MARK_SPECS.subscript.excludes,

  parseHTML() {
    // Google Docs and Word write it as a styled span rather than <sub>.
    return [{ tag: 'sub' }, { style: 'vertical-align', getAttrs: (value) => (value === 'sub' ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sub', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSubscript:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleSubscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetSubscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-,': () => this.editor.commands.toggleSubscript() };
  },
});
