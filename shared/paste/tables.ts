import type { HtmlElement, HtmlNode } from '../publish/htmlTree.ts';
import { BlockSink } from './BlockSink.ts';
import { MAX_NESTING, MAX_TABLE_COLUMNS } from './limits.ts';
import type { Block, TableCell } from './model.ts';
import type { ReadContext, ReadEnv, Reader } from './readBlocks.ts';

/**
 * Tables keep their grid (rows, header cells, spans) and lose everything else. Tables used
 * for page layout are unwrapped into their content: a single column (old Vietnamese news
 * sites put a photo and its caption in one), `role="presentation"`, and any table inside
 * another, which the article schema could hold but no newspaper prints.
 */

interface Grid {
  captions: HtmlElement[];
  rows: HtmlElement[][];
}

function gridOf(table: HtmlElement): Grid {
  const grid: Grid = { captions: [], rows: [] };
  const visit = (nodes: readonly HtmlNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'element') continue;
      if (node.name === 'caption') grid.captions.push(node);
      else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') visit(node.children);
      else if (node.name === 'tr') {
        grid.rows.push(node.children.filter((cell): cell is HtmlElement => cell.kind === 'element' && (cell.name === 'td' || cell.name === 'th')));
      }
    }
  };
  visit(table.children);
  return grid;
}

function span(value: string | undefined, max: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isInteger(number) && number > 1 ? Math.min(number, max) : 1;
}

export function readTable(table: HtmlElement, context: ReadContext, sink: BlockSink, env: ReadEnv, reader: Reader): void {
  const grid = gridOf(table);
  for (const caption of grid.captions) {
    sink.flush();
    reader.readNodes(caption.children, context, sink, env);
    sink.flush();
  }
  const layout =
    context.inTable || context.nesting >= MAX_NESTING || table.attrs.get('role') === 'presentation' || grid.rows.every((row) => row.length <= 1);
  if (layout) {
    unwrap(grid, context, sink, env, reader);
    return;
  }
  const kept = grid.rows.slice(0, env.maxTableRows);
  if (kept.length < grid.rows.length && (env.stats.tableRows?.total ?? 0) < grid.rows.length) {
    env.stats.tableRows = { kept: kept.length, total: grid.rows.length };
  }
  const inner: ReadContext = { ...context, inTable: true, nesting: context.nesting + 1 };
  const rows = kept
    .map((cells) =>
      cells.slice(0, MAX_TABLE_COLUMNS).map((cell): TableCell => {
        const content = new BlockSink();
        const within = reader.contextWithin(cell, inner, env);
        // A hidden cell still holds its place in the grid.
        if (within !== null) reader.readNodes(cell.children, within.inner, content, env);
        return {
          header: cell.name === 'th',
          colspan: span(cell.attrs.get('colspan'), MAX_TABLE_COLUMNS),
          rowspan: span(cell.attrs.get('rowspan'), env.maxTableRows),
          blocks: content.finish(),
        };
      }),
    )
    .filter((cells) => cells.length > 0);
  if (rows.length > 0) sink.block({ kind: 'table', rows });
}

/** A layout table's cells in reading order; a photo cell followed by a caption cell becomes one captioned photo. */
function unwrap(grid: Grid, context: ReadContext, sink: BlockSink, env: ReadEnv, reader: Reader): void {
  const content = new BlockSink();
  for (const cell of grid.rows.flat()) {
    const within = reader.contextWithin(cell, context, env);
    if (within === null) continue;
    content.flush();
    reader.readNodes(cell.children, within.inner, content, env);
    content.flush();
  }
  const blocks: Block[] = content.finish();
  const [image, caption] = blocks;
  if (blocks.length === 2 && image?.kind === 'image' && image.caption.length === 0 && caption?.kind === 'paragraph') {
    image.caption = caption.inlines;
    blocks.pop();
  }
  for (const block of blocks) sink.block(block);
}
