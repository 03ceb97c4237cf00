import { Mark, mergeAttributes } from '@tiptap/react';
import { MARK_SPECS } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    superscript: {
      setSuperscript: () => ReturnType;
      toggleSuperscript: () => ReturnType;
      unsetSuperscript: () => ReturnType;
    };
  }
}

/**
 * `<sup>`, for units and chemistry (m², CO₂) that reporters otherwise type as "m2".
 * Excludes subscript: text is one or the other, as in WordPress and Word.
 */
export const Superscript = Mark.create({
  name: 'superscript',
  excludes: MARK_SPECS.superscript.excludes,

  parseHTML() {
    // Google Docs and Word write it as a styled span rather than <sup>.
    return [{ tag: 'sup' }, { style: 'vertical-align', getAttrs: (value) => (value === 'super' ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setSuperscript:
        () =>
        ({ commands }) =>
          commands.setMark(this.name),
      toggleSuperscript:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
      unsetSuperscript:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-.': () => this.editor.commands.toggleSuperscript() };
  },
});
