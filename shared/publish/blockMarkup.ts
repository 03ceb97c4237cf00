import type { HtmlNode } from './htmlTree.ts';

/**
 * WordPress block delimiters, `<!-- wp:name {json} -->…<!-- /wp:name -->`, written
 * exactly as the block editor's serializer writes them (WordPress 6.1
 * `wp-includes/js/dist/blocks.js`: `serializeAttributes`, `getCommentDelimitedContent`,
 * `serialize`) and read back from the comment nodes of the parsed HTML.
 */

/**
 * JSON with the escapes the block serializer adds: `--` would end the comment, `<`, `>`
 * and `&` upset other tools, and `\"` would be eaten by `wp_kses_stripslashes`.
 */
export function serializeBlockAttributes(attributes: Record<string, unknown>): string {
  return JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
}

/** One block: `core/` names are written without their namespace, as the editor does. */
export function wrapBlock(name: string, attributes: Record<string, unknown> | undefined, content: string): string {
  const serialized = attributes !== undefined && Object.keys(attributes).length > 0 ? `${serializeBlockAttributes(attributes)} ` : '';
  if (content === '') return `<!-- wp:${name} ${serialized}/-->`;
  return `<!-- wp:${name} ${serialized}-->\n${content}\n<!-- /wp:${name} -->`;
}

/** Sibling blocks, top level or inner blocks alike, are separated by a blank line. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join('\n\n');
}

interface Delimiter {
  name: string;
  attrs: Record<string, unknown>;
  closing: boolean;
  void: boolean;
  badJson: boolean;
}

/** The same grammar as WordPress's block parser: whitespace is required around the name. */
const DELIMITER = /^[\t\n\f\r ]+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)[\t\n\f\r ]+(?:(\{[\s\S]*\})[\t\n\f\r ]+)?(\/)?$/;

function parseDelimiter(data: string): Delimiter | undefined {
  const match = DELIMITER.exec(data);
  if (match === null) return undefined;
  const namespace = match[2] ?? '';
  const name = namespace === '' || namespace === 'core/' ? (match[3] ?? '') : `${namespace}${match[3] ?? ''}`;
  let attrs: Record<string, unknown> = {};
  let badJson = false;
  if (match[4] !== undefined) {
    try {
      const parsed: unknown = JSON.parse(match[4]);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) attrs = parsed as Record<string, unknown>;
      else badJson = true;
    } catch {
      badJson = true;
    }
  }
  return { name, attrs, closing: match[1] === '/', void: match[5] === '/', badJson };
}

export interface BlockItem {
  kind: 'block';
  name: string;
  attrs: Record<string, unknown>;
  /** The HTML between the delimiters; inner blocks are comment nodes somewhere inside it. */
  nodes: HtmlNode[];
  badJson: boolean;
}
export interface NodeItem {
  kind: 'node';
  node: HtmlNode;
}
export type FlowItem = BlockItem | NodeItem;

/**
 * Groups siblings into blocks. Delimiters of one block are always siblings in valid
 * markup, since a block's HTML is balanced; an opener that never closes takes the rest
 * of its level and a stray closer is ignored, so text is never lost either way.
 */
export function groupBlocks(nodes: readonly HtmlNode[]): FlowItem[] {
  const items: FlowItem[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index];
    index++;
    if (node === undefined) continue;
    const delimiter = node.kind === 'comment' ? parseDelimiter(node.data) : undefined;
    if (delimiter === undefined) {
      items.push({ kind: 'node', node });
      continue;
    }
    if (delimiter.closing) continue;
    const block: BlockItem = { kind: 'block', name: delimiter.name, attrs: delimiter.attrs, nodes: [], badJson: delimiter.badJson };
    items.push(block);
    if (delimiter.void) continue;
    let depth = 0;
    while (index < nodes.length) {
      const inner = nodes[index];
      index++;
      if (inner === undefined) continue;
      const innerDelimiter = inner.kind === 'comment' ? parseDelimiter(inner.data) : undefined;
      if (innerDelimiter !== undefined && innerDelimiter.name === delimiter.name && !innerDelimiter.void) {
        if (innerDelimiter.closing) {
          if (depth === 0) break;
          depth--;
        } else depth++;
      }
      block.nodes.push(inner);
    }
  }
  return items;
}

/** True when the content has any block delimiter: WordPress's own `has_blocks()` test. */
export function hasBlockDelimiters(html: string): boolean {
  return html.includes('<!-- wp:');
}
