import { mergeAttributes, Node } from '@tiptap/react';
import type { Schema } from '@tiptap/pm/model';
import { NODE_SPECS } from '../../../shared/schema/index.ts';
import { inlineContentOf } from './inlineContent.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the paragraph into a pull quote, or a pull quote back into a paragraph. */
      togglePullQuote: () => ReturnType;
      /** The person quoted, for the pull quote around the selection; empty removes it. */
      setPullQuoteCitation: (citation: string) => ReturnType;
    };
  }
}

export const PULL_QUOTE_CLASS = 'pull-quote';

type DOMNode = globalThis.Node;

/** A `<cite>` (WordPress's pull quote, our own copy) or `data-citation`, as one line. */
function citationOf(element: HTMLElement): string | null {
  const text = element.getAttribute('data-citation') ?? element.querySelector('cite')?.textContent ?? '';
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/**
 * A pull quote: one sentence lifted out of the story in large type, with the person
 * quoted as an attribute (edited in the block fields under the toolbar) and shown by
 * `styles.css` from `data-citation`. Published as WordPress's `core/pullquote`.
 */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: NODE_SPECS.pullQuote.group,
  content: NODE_SPECS.pullQuote.content,
  defining: true,

  addAttributes() {
    return {
      citation: {
        default: NODE_SPECS.pullQuote.attrs.citation.default,
        parseHTML: citationOf,
        renderHTML: (attributes) => (typeof attributes.citation === 'string' && attributes.citation !== '' ? { 'data-citation': attributes.citation } : {}),
      },
    };
  },

  parseHTML() {
    // Above StarterKit's blockquote (50): ours and WordPress's are a blockquote or figure with a class.
    const rule = (tag: string) => ({ tag, priority: 60, getContent: (dom: DOMNode, schema: Schema) => inlineContentOf(dom as HTMLElement, schema, 'cite') });
    return [rule(`blockquote.${PULL_QUOTE_CLASS}`), rule('figure.wp-block-pullquote'), rule('blockquote.wp-block-pullquote')];
  },

  renderHTML({ HTMLAttributes }) {
    return ['blockquote', mergeAttributes(HTMLAttributes, { class: PULL_QUOTE_CLASS }), 0];
  },

  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
      setPullQuoteCitation:
        (citation) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          for (let depth = $from.depth; depth > 0; depth--) {
            if ($from.node(depth).type.name !== this.name) continue;
            const line = citation.replace(/\s+/g, ' ');
            if (dispatch !== undefined) tr.setNodeAttribute($from.before(depth), 'citation', line.trim() === '' ? null : line);
            return true;
          }
          return false;
        },
    };
  },
});
