import { Extension } from '@tiptap/react';
import { isTextAlign } from '../../../shared/schema/index.ts';
import type { TextAlign as Alignment } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    textAlign: {
      /** Aligns the paragraphs in the selection. */
      setTextAlign: (alignment: Alignment) => ReturnType;
      /** Back to the default (left, for Vietnamese). */
      unsetTextAlign: () => ReturnType;
    };
  }
}

/** The class the editor shows an alignment with; `styles.css` aligns by it. */
export const alignClass = (alignment: Alignment) => `text-align-${alignment}`;

/**
 * Where pasted or copied HTML says a paragraph is aligned: our class, the block editor's
 * `has-text-align-*`, a Word or Docs `style="text-align:…"`, an old `align=`. Left is the
 * default for Vietnamese text, so it is not stored (Word writes it on every paragraph).
 */
export function alignmentOf(element: HTMLElement): Alignment | null {
  for (const name of Array.from(element.classList)) {
    const found = /^(?:has-)?text-align-(.+)$/.exec(name)?.[1];
    if (isTextAlign(found)) return found === 'left' ? null : found;
  }
  const styled = element.style.textAlign.toLowerCase();
  const value = isTextAlign(styled) ? styled : element.getAttribute('align')?.toLowerCase();
  return isTextAlign(value) && value !== 'left' ? value : null;
}

/**
 * Paragraph alignment as a class, not TipTap's inline `style`: the app's CSP refuses
 * `style` attributes set by ProseMirror. Only paragraphs align (WordPress 6.1 aligns
 * paragraphs by `align`; the byline is a right-aligned paragraph).
 */
export const TextAlign = Extension.create<{ types: readonly string[] }>({
  name: 'textAlign',

  addOptions() {
    return { types: ['paragraph'] };
  },

  addGlobalAttributes() {
    return [
      {
        types: [...this.options.types],
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (element) => alignmentOf(element),
            renderHTML: (attributes) => (isTextAlign(attributes.textAlign) ? { class: alignClass(attributes.textAlign) } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      setTextAlign:
        (alignment) =>
        ({ commands }) =>
          isTextAlign(alignment) && this.options.types.map((type) => commands.updateAttributes(type, { textAlign: alignment })).some(Boolean),
      unsetTextAlign:
        () =>
        ({ commands }) =>
          this.options.types.map((type) => commands.resetAttributes(type, 'textAlign')).some(Boolean),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-l': () => this.editor.commands.unsetTextAlign(),
      'Mod-Shift-e': () => this.editor.commands.setTextAlign('center'),
      'Mod-Shift-r': () => this.editor.commands.setTextAlign('right'),
      'Mod-Shift-j': () => this.editor.commands.setTextAlign('justify'),
    };
  },
});
