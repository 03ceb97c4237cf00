import { escapeAttribute, escapeText } from '../publish/entities.ts';
import type { Block, Inline, MarkSet, TableCell } from './model.ts';

/**
 * The clean HTML handed to the editor: only tags its schema parses (p, h2–h4, ul/ol/li,
 * blockquote, table/tbody/tr/th/td, figure/img/figcaption, hr, br, a, strong, em, u, s,
 * sub, sup) and only href, src, alt, start, colspan and rowspan. Photos are written as
 * `<figure>` because the article's figure node is what parses them; a bare `<img>` would
 * be dropped by the editor. One top-level block per line, for readable golden files.
 */

interface Tag {
  key: string;
  open: string;
  close: string;
}

function tagsOf(marks: MarkSet): Tag[] {
  const tags: Tag[] = [];
  if (marks.href !== null) tags.push({ key: `a ${marks.href}`, open: `<a href="${escapeAttribute(marks.href)}">`, close: '</a>' });
  if (marks.bold) tags.push({ key: 'strong', open: '<strong>', close: '</strong>' });
  if (marks.italic) tags.push({ key: 'em', open: '<em>', close: '</em>' });
  if (marks.underline) tags.push({ key: 'u', open: '<u>', close: '</u>' });
  if (marks.strike) tags.push({ key: 's', open: '<s>', close: '</s>' });
  if (marks.script !== null) tags.push({ key: marks.script, open: `<${marks.script}>`, close: `</${marks.script}>` });
  return tags;
}

/** Inline content with marks nested in a fixed order, reopening only what changes between runs. */
export function renderInlines(inlines: readonly Inline[]): string {
  let html = '';
  let open: Tag[] = [];
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      html += '<br>';
      continue;
    }
    const wanted = tagsOf(inline.marks);
    let common = 0;
    while (common < open.length && common < wanted.length && open[common]?.key === wanted[common]?.key) common++;
    for (let i = open.length - 1; i >= common; i--) html += open[i]?.close ?? '';
    for (const tag of wanted.slice(common)) html += tag.open;
    open = wanted;
    html += escapeText(inline.text);
  }
  for (let i = open.length - 1; i >= 0; i--) html += open[i]?.close ?? '';
  return html;
}

function renderCell(cell: TableCell): string {
  const name = cell.header ? 'th' : 'td';
  const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
  // TipTap cells hold blocks; an empty cell still needs its paragraph.
  const content = cell.blocks.length > 0 ? cell.blocks.map(renderBlock).join('') : '<p></p>';
  return `<${name}${spans}>${content}</${name}>`;
}

export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${renderInlines(block.inlines)}</p>`;
    case 'heading':
      return `<h${block.level}>${renderInlines(block.inlines)}</h${block.level}>`;
    case 'list': {
      const name = block.ordered ? 'ol' : 'ul';
      const start = block.start !== null ? ` start="${block.start}"` : '';
      return `<${name}${start}>\n${block.items.map((item) => `<li>${item.map(renderBlock).join('')}</li>`).join('\n')}\n</${name}>`;
    }
    case 'blockquote':
      return `<blockquote>${block.blocks.map(renderBlock).join('')}</blockquote>`;
    case 'table':
      return `<table><tbody>\n${block.rows.map((cells) => `<tr>${cells.map(renderCell).join('')}</tr>`).join('\n')}\n</tbody></table>`;
    case 'image': {
      const caption = block.caption.length > 0 ? `<figcaption>${renderInlines(block.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeAttribute(block.src)}" alt="${escapeAttribute(block.alt)}">${caption}</figure>`;
    }
    case 'rule':
      return '<hr>';
  }
  return '';
}

export function renderBlocks(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).join('\n');
}
