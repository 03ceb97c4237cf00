import type { DocNode } from '../domain/articleBody.ts';
import { groupBlocks } from './blockMarkup.ts';
import { textContent } from './htmlTree.ts';
import type { HtmlNode } from './htmlTree.ts';
import { detectEmbedProvider, isHttpUrl } from './nodes.ts';
import { blocksFromBlock } from './parseBlocks.ts';
import { warn } from './parseContext.ts';
import type { FlowOptions, ParseContext } from './parseContext.ts';
import { blocksFromElement, isBlockElement } from './parseElements.ts';
import { pushInline } from './parseInline.ts';
import type { InlinePiece } from './parseInline.ts';

/**
 * Block-level reading of a node list: blocks, block elements and runs of inline
 * content, in order. A run becomes a textblock once its whitespace is settled:
 * - block content: newlines are source formatting (WordPress does not run `wpautop`
 *   on block posts), so a newline run is a space and at a textblock's edges it goes;
 * - classic content: as `wpautop` renders it, a blank line starts a paragraph and a
 *   single newline is a line break, and a URL alone on a line is an embed.
 * Between blocks, runs with no text are indentation and are skipped; a container's
 * own text (`FlowOptions.own`) always makes its textblock, so `<p></p>` stays.
 */

const LEADING = /^[\t\n\f\r ]+/;
const TRAILING = /[\t\n\f\r ]+$/;
const NEWLINE_RUN = /[\t\f\r ]*\n[\t\n\f\r ]*/g;

function trimEdges(run: DocNode[], classic: boolean): void {
  const trim = (index: () => number, pattern: RegExp) => {
    for (;;) {
      const node = run[index()];
      if (node?.type !== 'text') return;
      const match = pattern.exec(node.text ?? '');
      if (match === null || (!classic && !match[0].includes('\n'))) return;
      node.text = (node.text ?? '').replace(pattern, '');
      if (node.text !== '') return;
      run.splice(index(), 1);
    }
  };
  trim(() => 0, LEADING);
  trim(() => run.length - 1, TRAILING);
}

function settleNewlines(run: DocNode[], classic: boolean): DocNode[] {
  const out: DocNode[] = [];
  for (const node of run) {
    if (node.type !== 'text' || !(node.text ?? '').includes('\n')) {
      out.push(node);
      continue;
    }
    if (!classic) {
      out.push({ ...node, text: (node.text ?? '').replace(NEWLINE_RUN, ' ') });
      continue;
    }
    (node.text ?? '').split(NEWLINE_RUN).forEach((line, index) => {
      // `wpautop` adds no <br> where the author already wrote one before the newline.
      if (index > 0 && out[out.length - 1]?.type !== 'hardBreak') out.push({ type: 'hardBreak' });
      if (line !== '') out.push({ ...node, text: line });
    });
  }
  return out;
}

/** Classic posts embed a provider URL written alone on its line (WordPress's autoembed). */
function classicEmbed(content: readonly DocNode[]): DocNode | undefined {
  const only = content[0];
  if (content.length !== 1 || only?.type !== 'text' || only.marks !== undefined) return undefined;
  const url = only.text ?? '';
  if (!isHttpUrl(url)) return undefined;
  const provider = detectEmbedProvider(url);
  return provider === 'other' ? undefined : { type: 'embed', attrs: { url, provider } };
}

function assemble(pieces: readonly InlinePiece[], context: ParseContext, options: FlowOptions): DocNode[] {
  const textblock = options.textblock ?? ((content: DocNode[]): DocNode => ({ type: 'paragraph', content }));
  const out: DocNode[] = [];
  let run: DocNode[] = [];
  let ownPending = options.own === true;
  const flush = (next?: InlinePiece) => {
    trimEdges(run, context.classic);
    const content = settleNewlines(run, context.classic);
    run = [];
    if (ownPending) {
      ownPending = false;
      // `<p><img></p>` is an image, not an empty paragraph and an image.
      if (content.length > 0 || next?.kind !== 'blocks' || next.hoisted !== true) out.push(textblock(content));
    } else if (content.some((node) => node.type === 'text')) {
      out.push((context.classic ? classicEmbed(content) : undefined) ?? textblock(content));
    }
  };
  for (const piece of pieces) {
    if (piece.kind === 'inline') run.push(piece.node);
    else {
      flush(piece);
      if (piece.kind === 'blocks') out.push(...piece.blocks);
    }
  }
  flush();
  return out;
}

function flow(nodes: readonly HtmlNode[], context: ParseContext, options: FlowOptions = {}): DocNode[] {
  const pieces: InlinePiece[] = [];
  for (const item of groupBlocks(nodes)) {
    if (item.kind === 'block') pieces.push({ kind: 'blocks', blocks: context.block(item) });
    else if (item.node.kind === 'comment') {
      const marker = /^\s*(more|nextpage)\b/.exec(item.node.data)?.[1];
      if (marker !== undefined) {
        // The teaser or page boundary is gone, but the text on either side stays apart.
        warn(context, `droppedBlock:${marker}`);
        pieces.push({ kind: 'break' });
      }
    } else if (item.node.kind === 'element' && isBlockElement(item.node.name)) {
      pieces.push({ kind: 'blocks', blocks: blocksFromElement(item.node, context) });
    } else pushInline([item.node], [], context, pieces);
  }
  return assemble(pieces, context, options);
}

/**
 * Articles nest a handful of levels. Past this many, content is read as plain text so a
 * pathological post can neither exhaust the stack nor produce a document deeper than
 * the stored-document schema accepts (`MAX_DOC_DEPTH`).
 */
const MAX_FLOW_DEPTH = 24;

export function createParseContext(classic: boolean): ParseContext {
  let depth = 0;
  const guarded = (read: () => DocNode[], nodes: readonly HtmlNode[]): DocNode[] => {
    if (depth >= MAX_FLOW_DEPTH) {
      warn(context, 'tooDeep');
      const text = textContent(nodes).replace(/[\t\n\f\r ]+/g, ' ').trim();
      return text === '' ? [] : [{ type: 'paragraph', content: [{ type: 'text', text }] }];
    }
    depth++;
    try {
      return read();
    } finally {
      depth--;
    }
  };
  const context: ParseContext = {
    classic,
    warnings: [],
    bylines: new Set(),
    flow: (nodes, options) => guarded(() => flow(nodes, context, options), nodes),
    block: (item) => guarded(() => blocksFromBlock(item, context), item.nodes),
  };
  return context;
}
