import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { clampHeadingLevel, figureAttrs, isEmbedProvider, isHttpUrl, isTextAlign, plainAttr, safeHref } from './nodes.ts';

/**
 * The publishable form of a body: what `parsePublishHtml` returns and what
 * `renderPublishHtml` renders, so `parse(render(doc))` equals `normalizePublishDoc(doc)`
 * and comparing two normalised bodies compares what the site would show.
 *
 * - Text is NFC, adjacent text with equal marks is merged, a newline in text becomes a
 *   `hardBreak`, empty text is dropped. Marks are deduplicated and ordered
 *   editorNote, link, bold, italic, underline, strike, code, subscript, superscript; a
 *   link keeps only `href`, and a link whose href is not http(s)/mailto is removed (its
 *   text stays). Editor's notes are kept here: `renderPublishHtml` strips them (see
 *   `editorNotes.ts`) unless asked to keep them, so with notes kept the round trip holds
 *   as stated, and without, `parse(render(doc))` is `normalizePublishDoc(stripEditorNotes(doc))`.
 * - Attributes keep only what WordPress can hold: `paragraph.textAlign` when set,
 *   `heading.level` (2–4, default 2: an H1 becomes H2, H5 and H6 become H4),
 *   `orderedList.start` (default 1), `pullQuote.citation` when non-empty, `factBox.title`
 *   (always, one line), all six `figure` attributes, `embed` url and provider. Others
 *   (TipTap's `codeBlock.language`, cell `colspan`, link `target`…) are dropped.
 * - A list item starts with a paragraph; a table cell holds exactly one paragraph
 *   (WordPress table cells are inline only: several paragraphs join with line breaks);
 *   a quote holds at least one block; empty lists, rows and tables disappear.
 * - A fact box holds paragraphs and lists, at least one: a heading, pull quote or code
 *   block inside it becomes a paragraph with the same text, a nested quote or fact box
 *   is opened up in place, and a figure, embed, table or rule moves out to just after it.
 * - An embed whose URL is not http(s) becomes a paragraph with the URL as text.
 * - Unknown node types keep their text (as paragraphs at block level).
 */

const MARK_ORDER = ['editorNote', 'link', 'bold', 'italic', 'underline', 'strike', 'code', 'subscript', 'superscript'];
const INLINE_TYPES: ReadonlySet<string> = new Set(['text', 'hardBreak']);

export function normalizePublishDoc(doc: DocNode): BodyDoc {
  const content = normalizeBlocks(doc.content ?? []);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

export function normalizeMarks(marks: readonly DocMark[] | undefined): DocMark[] {
  const out: DocMark[] = [];
  for (const mark of marks ?? []) {
    if (!MARK_ORDER.includes(mark.type) || out.some((seen) => seen.type === mark.type)) continue;
    if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href !== undefined) out.push({ type: 'link', attrs: { href: href.normalize('NFC') } });
    } else out.push({ type: mark.type });
  }
  return out.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

export function sameMarks(a: readonly DocMark[], b: readonly DocMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.type === b[index]?.type && mark.attrs?.href === b[index]?.attrs?.href);
}

/** Inline content in publishable form (see the module comment). */
export function normalizeInline(nodes: readonly DocNode[] | undefined): DocNode[] {
  const flat: DocNode[] = [];
  const visit = (node: DocNode, inherited: readonly DocMark[]) => {
    if (node.type === 'hardBreak') flat.push({ type: 'hardBreak' });
    else if (node.type === 'text') {
      const marks = normalizeMarks([...inherited, ...(node.marks ?? [])]);
      (node.text ?? '').split(/\r\n?|\n/).forEach((line, index) => {
        if (index > 0) flat.push({ type: 'hardBreak' });
        if (line !== '') flat.push(marks.length > 0 ? { type: 'text', text: line, marks } : { type: 'text', text: line });
      });
    } else {
      // An unknown or misplaced node inside a textblock: keep its text, in place.
      (node.content ?? []).forEach((child, index) => {
        if (index > 0 && !INLINE_TYPES.has(child.type)) flat.push({ type: 'hardBreak' });
        visit(child, [...inherited, ...(node.marks ?? [])]);
      });
    }
  };
  for (const node of nodes ?? []) visit(node, []);
  const merged: DocNode[] = [];
  for (const node of flat) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks ?? [], node.marks ?? [])) last.text = `${last.text ?? ''}${node.text ?? ''}`;
    else merged.push(node);
  }
  for (const node of merged) if (node.text !== undefined) node.text = node.text.normalize('NFC');
  return merged;
}

function textblock(type: string, content: DocNode[], attrs?: Record<string, unknown>): DocNode {
  const node: DocNode = { type };
  if (attrs !== undefined) node.attrs = attrs;
  if (content.length > 0) node.content = content;
  return node;
}

function paragraph(content: DocNode[], align?: unknown): DocNode {
  return textblock('paragraph', content, isTextAlign(align) ? { textAlign: align } : undefined);
}

export function normalizeBlocks(nodes: readonly DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  let stray: DocNode[] = [];
  const flush = () => {
    const content = normalizeInline(stray);
    if (content.length > 0) out.push(paragraph(content));
    stray = [];
  };
  for (const node of nodes) {
    if (INLINE_TYPES.has(node.type)) stray.push(node);
    else {
      flush();
      out.push(...normalizeBlock(node));
    }
  }
  flush();
  return out;
}

function codeText(node: DocNode): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'hardBreak' ? '\n' : child.type === 'text' ? (child.text ?? '') : codeText(child)))
    .join('')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

function listItem(node: DocNode): DocNode {
  const content = normalizeBlocks(node.type === 'listItem' ? (node.content ?? []) : [node]);
  const first = content[0];
  if (first?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  else if (first.attrs !== undefined) delete first.attrs; // an <li>'s own text has no alignment
  return { type: 'listItem', content };
}

/** The lines of text a block holds, for squeezing blocks into a one-paragraph cell. */
function inlineLines(node: DocNode): DocNode[][] {
  if (node.type === 'codeBlock') return [normalizeInline([{ type: 'text', text: codeText(node) }])];
  if (node.type === 'figure' || node.type === 'embed' || node.type === 'horizontalRule') return [];
  const children = node.content ?? [];
  if (children.length === 0 || children.some((child) => INLINE_TYPES.has(child.type))) return [normalizeInline(children)];
  return children.flatMap(inlineLines);
}

function tableCell(node: DocNode): DocNode {
  const type = node.type === 'tableHeader' ? 'tableHeader' : 'tableCell';
  const blocks = normalizeBlocks(node.type === 'tableHeader' || node.type === 'tableCell' ? (node.content ?? []) : [node]);
  const lines = blocks.flatMap(inlineLines);
  const content = normalizeInline(lines.flatMap((line, index) => (index > 0 ? [{ type: 'hardBreak' }, ...line] : line)));
  return { type, content: [paragraph(content)] };
}

const FACT_BOX_CHILDREN: ReadonlySet<string> = new Set(['paragraph', 'bulletList', 'orderedList']);
const FACT_BOX_OUTSIDE: ReadonlySet<string> = new Set(['figure', 'embed', 'table', 'horizontalRule']);

/** Normalised blocks sorted into what a fact box can hold (text kept in place) and what goes after it. */
function factBoxContent(blocks: readonly DocNode[]): { inside: DocNode[]; after: DocNode[] } {
  const inside: DocNode[] = [];
  const after: DocNode[] = [];
  for (const block of blocks) {
    if (FACT_BOX_CHILDREN.has(block.type)) inside.push(block);
    else if (FACT_BOX_OUTSIDE.has(block.type)) after.push(block);
    else if (block.type === 'blockquote' || block.type === 'factBox') {
      const title = block.type === 'factBox' ? plainAttr(block.attrs?.title) : '';
      if (title !== '') inside.push(paragraph(normalizeInline([{ type: 'text', text: title }])));
      const nested = factBoxContent(block.content ?? []);
      inside.push(...nested.inside);
      after.push(...nested.after);
    } else {
      inside.push(...inlineLines(block).map((line) => paragraph(line)));
    }
  }
  return { inside, after };
}

function normalizeBlock(node: DocNode): DocNode[] {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'paragraph':
      return [paragraph(normalizeInline(node.content), attrs.textAlign)];
    case 'heading':
      return [textblock('heading', normalizeInline(node.content), { level: clampHeadingLevel(attrs.level) })];
    case 'factBox': {
      const { inside, after } = factBoxContent(normalizeBlocks(node.content ?? []));
      return [{ type: 'factBox', attrs: { title: plainAttr(attrs.title) }, content: inside.length > 0 ? inside : [{ type: 'paragraph' }] }, ...after];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map(listItem);
      if (items.length === 0) return [];
      if (node.type === 'bulletList') return [{ type: 'bulletList', content: items }];
      const start = typeof attrs.start === 'number' && Number.isInteger(attrs.start) ? attrs.start : 1;
      return [{ type: 'orderedList', attrs: { start }, content: items }];
    }
    case 'listItem':
      return [{ type: 'bulletList', content: [listItem(node)] }];
    case 'blockquote': {
      const content = normalizeBlocks(node.content ?? []);
      return [{ type: 'blockquote', content: content.length > 0 ? content : [{ type: 'paragraph' }] }];
    }
    case 'codeBlock': {
      const text = codeText(node);
      return [text === '' ? { type: 'codeBlock' } : { type: 'codeBlock', content: [{ type: 'text', text }] }];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    case 'pullQuote': {
      const citation = plainAttr(attrs.citation);
      return [textblock('pullQuote', normalizeInline(node.content), citation !== '' ? { citation } : undefined)];
    }
    case 'figure':
      return [{ type: 'figure', attrs: { ...figureAttrs(node) } }];
    case 'table':
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell': {
      const rows = node.type === 'table' ? (node.content ?? []) : node.type === 'tableRow' ? [node] : [{ type: 'tableRow', content: [node] }];
      const content = rows
        .map((row) => (row.type === 'tableRow' ? (row.content ?? []) : [row]).map(tableCell))
        .filter((cells) => cells.length > 0)
        .map((cells): DocNode => ({ type: 'tableRow', content: cells }));
      return content.length > 0 ? [{ type: 'table', content }] : [];
    }
    case 'embed': {
      const url = typeof attrs.url === 'string' ? attrs.url.trim().normalize('NFC') : '';
      if (!isHttpUrl(url)) return url === '' ? [] : [paragraph(normalizeInline([{ type: 'text', text: url }]))];
      return [{ type: 'embed', attrs: { url, provider: isEmbedProvider(attrs.provider) ? attrs.provider : 'other' } }];
    }
    default: {
      const children = node.content ?? [];
      if (children.some((child) => INLINE_TYPES.has(child.type))) {
        const content = normalizeInline(children);
        return content.length > 0 ? [paragraph(content)] : [];
      }
      return normalizeBlocks(children);
    }
  }
}
