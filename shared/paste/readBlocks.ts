import { findElement, type HtmlElement, type HtmlNode } from '../publish/htmlTree.ts';
import { BlockSink } from './BlockSink.ts';
import { judgeImage } from './images.ts';
import { MAX_NESTING } from './limits.ts';
import { isPageFurniture, isShareLink, safeHref } from './links.ts';
import type { Block, LegacyFont, MarkSet } from './model.ts';
import { isHidden, legacyFontWithin, marksWithin, parseStyle, type Style, type Stylesheet } from './styles.ts';
import { readTable } from './tables.ts';
import { isWordListParagraph, readWordList } from './wordLists.ts';

/** The reader's entry points, handed to the table and Word-list readers (which recurse into cells and items). */
export interface Reader {
  readNodes: typeof readNodes;
  contextWithin: typeof contextWithin;
}

export interface ReadStats {
  /** Images we could not bring in: Word's local files, `data:` images the editor cannot store. */
  imagesUnavailable: number;
  /** Tracking pixels, spacers and source-less images, dropped silently. */
  trackersRemoved: number;
  /** The largest table cut short, if any. */
  tableRows: { kept: number; total: number } | null;
}

export interface ReadEnv {
  sheet: Stylesheet;
  dataImages: 'keep' | 'drop';
  maxTableRows: number;
  stats: ReadStats;
}

export interface ReadContext {
  marks: MarkSet;
  font: LegacyFont | null;
  /** Inside `<pre>`: newlines are line breaks and spaces are kept (until tidying). */
  pre: boolean;
  /** Lists, quotes and tables around this point (see MAX_NESTING). */
  nesting: number;
  inTable: boolean;
}

/** Never content: scripts, styles, embedded players, form controls, document metadata, Word's VML drawings. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'video', 'audio', 'source', 'track', 'map', 'area', 'button', 'input', 'select', 'option', 'optgroup', 'textarea', 'nav',
  'head', 'title', 'meta', 'link', 'base', 'xml', 'dialog', 'o:p',
]);

/** Elements that separate paragraphs but add nothing themselves. */
const BOUNDARIES = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'address', 'center', 'dl', 'dt', 'dd', 'details',
  'summary', 'fieldset', 'legend', 'figcaption', 'hgroup', 'form', 'body', 'html', 'li', 'td', 'th', 'tr', 'caption',
]);

const HEADINGS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

/** Word's comment anchors ("[HT1]") and the comment list Word appends to the selection. */
function isWordComment(element: HtmlElement, style: Style): boolean {
  if (/(^|\s)(msocom|msocommentreference|msocommenttext)/i.test(element.attrs.get('class') ?? '')) return true;
  return /^comment(-list)?$/i.test(style.get('mso-element') ?? '');
}

function headingLevel(element: HtmlElement): 2 | 3 | 4 | undefined {
  const level = HEADINGS[element.name];
  if (level !== undefined) return level;
  // Word's Title and Subtitle paragraph styles are headings in all but tag.
  const className = element.attrs.get('class') ?? '';
  if (element.name === 'p' && /(^|\s)MsoTitle(\s|$)/i.test(className)) return 2;
  if (element.name === 'p' && /(^|\s)MsoSubtitle(\s|$)/i.test(className)) return 3;
  return undefined;
}

/** The context inside `element`, or null when it and its content are not to be pasted. */
export function contextWithin(element: HtmlElement, context: ReadContext, env: ReadEnv): { inner: ReadContext; style: Style } | null {
  const name = element.name;
  // Namespaced Word elements: `o:p` is an empty-paragraph filler, `v:*` is VML; smart tags (`st1:place`) hold text.
  if (DROPPED.has(name) || name.startsWith('v:')) return null;
  const style = parseStyle(element.attrs.get('style'));
  if (isHidden(element, style) || isWordComment(element, style)) return null;
  if (isPageFurniture(element.attrs.get('class'), element.attrs.get('id'))) return null;
  const font = legacyFontWithin(element, style, env.sheet);
  return { style, inner: { ...context, marks: marksWithin(element, style, context.marks), font: font === undefined ? context.font : font } };
}

export function readText(text: string, context: ReadContext, sink: BlockSink): void {
  if (!context.pre) {
    sink.text(text.replace(/[\t\n\f\r ]+/g, ' '), context.marks, context.font);
    return;
  }
  text.split(/\r\n?|\n/).forEach((line, index) => {
    if (index > 0) sink.lineBreak();
    sink.text(line, context.marks, context.font);
  });
}

export function readNodes(nodes: readonly HtmlNode[], context: ReadContext, sink: BlockSink, env: ReadEnv): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined || node.kind === 'comment') continue;
    if (node.kind === 'text') {
      readText(node.text, context, sink);
      continue;
    }
    if (isWordListParagraph(node)) {
      const consumed = readWordList(nodes, i, context, sink, env, READER);
      i += consumed - 1;
      continue;
    }
    readElement(node, context, sink, env);
  }
}

export function readElement(element: HtmlElement, context: ReadContext, sink: BlockSink, env: ReadEnv): void {
  const within = contextWithin(element, context, env);
  if (within === null) return;
  const { inner, style } = within;
  const name = element.name;
  const nested = { ...inner, nesting: context.nesting + 1 };
  const deep = context.nesting >= MAX_NESTING;

  if (name === 'br') sink.lineBreak();
  else if (name === 'hr') sink.block({ kind: 'rule' });
  else if (name === 'img') readImage(element, style, sink, env);
  else if (name === 'a') readLink(element, style, context, inner, sink, env);
  else if (name === 'figure' && findElement(element.children, (child) => child.name === 'img') !== undefined) readFigure(element, inner, sink, env);
  else if ((name === 'ul' || name === 'ol') && !deep) readList(element, nested, sink, env);
  else if (name === 'table') readTable(element, inner, sink, env, READER);
  else if (name === 'blockquote' && !deep) {
    const quote = new BlockSink();
    readNodes(element.children, nested, quote, env);
    sink.block({ kind: 'blockquote', blocks: quote.finish() });
  } else if (headingLevel(element) !== undefined) {
    const heading = new BlockSink(true);
    readNodes(element.children, inner, heading, env);
    sink.block({ kind: 'heading', level: headingLevel(element) ?? 2, inlines: heading.content });
    for (const block of heading.finish()) sink.block(block);
  } else if (BOUNDARIES.has(name) || name === 'pre' || name === 'ul' || name === 'ol' || name === 'blockquote' || name === 'figure') {
    sink.flush();
    readNodes(element.children, name === 'pre' ? { ...inner, pre: true } : inner, sink, env);
    sink.flush();
  } else {
    // Inline formatting and anything unknown: its content, with the marks it implies.
    readNodes(element.children, inner, sink, env);
  }
}

function readImage(element: HtmlElement, style: Style, sink: BlockSink, env: ReadEnv): Block | undefined {
  const verdict = judgeImage(element, style, env.dataImages);
  if (verdict.kind === 'tracker') env.stats.trackersRemoved++;
  if (verdict.kind === 'unavailable') env.stats.imagesUnavailable++;
  if (verdict.kind !== 'keep') return undefined;
  const block: Block = { kind: 'image', src: verdict.src, alt: verdict.alt, caption: [] };
  sink.block(block);
  return block;
}

function readLink(element: HtmlElement, style: Style, context: ReadContext, inner: ReadContext, sink: BlockSink, env: ReadEnv): void {
  const raw = element.attrs.get('href');
  if (isShareLink(raw)) return;
  const href = safeHref(raw);
  const marks = href === null ? inner.marks : marksWithin(element, style, { ...context.marks, href });
  readNodes(element.children, { ...inner, marks }, sink, env);
}

/** `<figure><img><figcaption>` (news sites, WordPress): one photo with its caption. */
function readFigure(element: HtmlElement, inner: ReadContext, sink: BlockSink, env: ReadEnv): void {
  const image = findElement(element.children, (child) => child.name === 'img');
  const captionElement = findElement(element.children, (child) => child.name === 'figcaption');
  const caption = new BlockSink(true);
  if (captionElement !== undefined) readNodes(captionElement.children, inner, caption, env);
  const block = image === undefined ? undefined : readImage(image, parseStyle(image.attrs.get('style')), sink, env);
  if (block?.kind === 'image') block.caption = caption.content;
  // A photo we could not keep still leaves its caption, which is text the reporter copied.
  else if (caption.content.length > 0) sink.block({ kind: 'paragraph', inlines: caption.content });
}

function readList(element: HtmlElement, context: ReadContext, sink: BlockSink, env: ReadEnv): void {
  const ordered = element.name === 'ol';
  const start = Number.parseInt(element.attrs.get('start') ?? '', 10);
  const items: Block[][] = [];
  for (const child of element.children) {
    if (child.kind === 'comment' || (child.kind === 'text' && child.text.trim() === '')) continue;
    const item = new BlockSink();
    if (child.kind === 'text') readText(child.text, context, item);
    else readElement(child, context, item, env);
    const blocks = item.finish();
    const previous = items[items.length - 1];
    // Google Docs writes a sub-list as a sibling of the items (`<ul><li>…</li><ul>…</ul>`): it belongs to the item before.
    if (child.kind === 'element' && (child.name === 'ul' || child.name === 'ol') && previous !== undefined) previous.push(...blocks);
    else items.push(blocks);
  }
  sink.block({ kind: 'list', ordered, start: ordered && Number.isInteger(start) && start > 1 && start < 100_000 ? start : null, items });
}

const READER: Reader = { readNodes, contextWithin };
