import { DOMParser as ProseMirrorDOMParser, Fragment } from '@tiptap/pm/model';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';

/**
 * The inline content of pasted HTML whose target holds a single textblock (a table cell,
 * a pull quote): every textblock found becomes one line, joined by line breaks, so a
 * cell with two `<p>`s or a list keeps all its words instead of spilling out of the table.
 * Elements matched by `skip` (a pull quote's `<cite>`) are left out: they are attributes.
 */
export function inlineContentOf(element: HTMLElement, schema: Schema, skip?: string): Fragment {
  const source = element.cloneNode(true) as HTMLElement;
  if (skip !== undefined) source.querySelectorAll(skip).forEach((found) => found.remove());
  const slice = ProseMirrorDOMParser.fromSchema(schema).parseSlice(source);
  const lines: ProseMirrorNode[][] = [];
  let open: ProseMirrorNode[] | undefined;
  const line = (): ProseMirrorNode[] => {
    if (open === undefined) {
      open = [];
      lines.push(open);
    }
    return open;
  };
  slice.content.forEach((node) => {
    if (node.isInline) {
      line().push(node);
      return;
    }
    open = undefined;
    const take = (textblock: ProseMirrorNode) => {
      const inline: ProseMirrorNode[] = [];
      textblock.content.forEach((inner) => inline.push(inner));
      lines.push(inline);
    };
    if (node.isTextblock) take(node);
    else
      node.descendants((child) => {
        if (!child.isTextblock) return true;
        take(child);
        return false;
      });
  });
  const hardBreak = schema.nodes.hardBreak;
  const joined: ProseMirrorNode[] = [];
  lines
    .filter((nodes) => nodes.length > 0)
    .forEach((nodes, index) => {
      if (index > 0 && hardBreak !== undefined) joined.push(hardBreak.create());
      joined.push(...nodes);
    });
  return Fragment.from(joined);
}
