import { Node } from '@tiptap/react';
import { Fragment } from '@tiptap/pm/model';
import type { Schema } from '@tiptap/pm/model';
import { inlineContentOf } from './inlineContent.ts';

/**
 * A `td` or `th` node holding one paragraph. Pasted spans are not kept (WordPress 6.1
 * cells have none; prosemirror-tables' `fixTables` pads the rows back to a rectangle) and
 * a pasted cell's paragraphs and lists become lines of that one paragraph.
 */
export function tableCellNode(name: 'tableCell' | 'tableHeader', tag: 'td' | 'th', content: string) {
  return Node.create({
    name,
    content,
    isolating: true,

    addAttributes() {
      // prosemirror-tables reads both; neither is ever anything but 1 here.
      return { colspan: { default: 1, rendered: false, parseHTML: () => 1 }, rowspan: { default: 1, rendered: false, parseHTML: () => 1 } };
    },

    parseHTML() {
      return [
        {
          tag,
          getContent: (dom: globalThis.Node, schema: Schema) => {
            const paragraph = schema.nodes.paragraph;
            return paragraph === undefined ? Fragment.empty : Fragment.from(paragraph.create(null, inlineContentOf(dom as HTMLElement, schema)));
          },
        },
      ];
    },

    renderHTML() {
      return [tag, 0];
    },
  });
}
