import { mergeAttributes, Node } from '@tiptap/react';
import { findWrapping } from '@tiptap/pm/transform';
import { FACT_BOX_CLASS } from '../../../shared/publish/index.ts';
import { NODE_SPECS } from '../../../shared/schema/index.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    factBox: {
      /** Boxes the selected paragraphs and lists, or unboxes them; elsewhere, adds an empty box after the block. */
      toggleFactBox: () => ReturnType;
      /** The title of the fact box around the selection. */
      setFactBoxTitle: (title: string) => ReturnType;
    };
  }
}

export const FACT_BOX_EDITOR_CLASS = 'fact-box';

const LIST_PARTS: ReadonlySet<string> = new Set(['bulletList', 'orderedList', 'listItem']);

/** The title is the box's first heading in WordPress's group (`shared/publish`); elsewhere our `data-title`. */
function titleOf(element: HTMLElement): string {
  const own = element.getAttribute('data-title');
  if (own !== null) return own;
  const heading = element.firstElementChild;
  return heading !== null && /^H[1-6]$/.test(heading.tagName) ? (heading.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
}

/** The box's content without the heading that was read as its title. */
function contentOf(element: HTMLElement): HTMLElement {
  if (element.hasAttribute('data-title') || element.firstElementChild === null || !/^H[1-6]$/.test(element.firstElementChild.tagName)) return element;
  const copy = element.cloneNode(true) as HTMLElement;
  copy.firstElementChild?.remove();
  return copy;
}

/**
 * A fact box ("Hộp thông tin"): a boxed aside of short paragraphs and lists ("Những con
 * số", "Bối cảnh") with its own one-line title, edited in the block fields under the
 * toolbar and shown by `styles.css` from `data-title`. Not isolating, so Enter on an empty
 * last line steps out of the box as it does out of a quote. Published as a `core/group`.
 */
export const FactBox = Node.create({
  name: 'factBox',
  group: NODE_SPECS.factBox.group,
  content: NODE_SPECS.factBox.content,
  defining: true,

  addAttributes() {
    return {
      title: {
        default: NODE_SPECS.factBox.attrs.title.default,
        parseHTML: titleOf,
        renderHTML: (attributes) => ({ 'data-title': typeof attributes.title === 'string' ? attributes.title : '' }),
      },
    };
  },

  parseHTML() {
    return [`div[data-fact-box]`, `aside.${FACT_BOX_CLASS}`, `div.${FACT_BOX_CLASS}`].map((tag) => ({ tag, priority: 60, contentElement: contentOf }));
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { class: FACT_BOX_EDITOR_CLASS, 'data-fact-box': '' }), 0];
  },

  addCommands() {
    return {
      toggleFactBox:
        () =>
        ({ editor, state, tr, dispatch, commands }) => {
          if (editor.isActive(this.name)) return commands.lift(this.name);
          const { $from, $to } = state.selection;
          // From inside a list, the whole list goes in the box, not one item's paragraph.
          const range = $from.blockRange($to, (parent) => !LIST_PARTS.has(parent.type.name));
          const wrapping = range === null ? null : findWrapping(range, this.type);
          if (range !== null && wrapping !== null) {
            if (dispatch !== undefined) tr.wrap(range, wrapping).scrollIntoView();
            return true;
          }
          // From a heading or a photo: a new box after the block rather than nothing.
          const after = $to.depth > 0 ? $to.after(1) : $to.pos;
          return commands.insertContentAt(after, { type: this.name, content: [{ type: 'paragraph' }] });
        },
      setFactBoxTitle:
        (title) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          for (let depth = $from.depth; depth > 0; depth--) {
            if ($from.node(depth).type.name !== this.name) continue;
            if (dispatch !== undefined) tr.setNodeAttribute($from.before(depth), 'title', title.replace(/\s+/g, ' '));
            return true;
          }
          return false;
        },
    };
  },
});
