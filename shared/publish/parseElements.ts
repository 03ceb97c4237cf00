import type { DocNode } from '../domain/articleBody.ts';
import { groupBlocks } from './blockMarkup.ts';
import { classList, hasClass, isBlank, isElement, textContent } from './htmlTree.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';
import { BYLINE_CLASS, isTextAlign } from './nodes.ts';
import type { TextAlign } from './nodes.ts';
import { warn } from './parseContext.ts';
import type { ParseContext } from './parseContext.ts';
import { factBoxFromElement, isFactBoxElement } from './parseFactBox.ts';
import { embedFromIframe, figureFromNodes, pullQuoteFromNodes, tableFromNodes } from './parseFigures.ts';

/** Elements that start blocks of their own; everything else is read as inline content. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'figure', 'table',
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'center', 'details', 'summary',
  'dl', 'dt', 'dd', 'form', 'fieldset', 'hgroup', 'menu', 'dir', 'figcaption', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'html', 'body', 'head',
]);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Structural wrappers of a whole document: no warning, nothing is lost. */
const TRANSPARENT: ReadonlySet<string> = new Set(['html', 'body']);
const NOT_CONTENT: ReadonlySet<string> = new Set(['head', 'title', 'meta', 'link', 'script', 'style', 'template']);

export function isBlockElement(name: string): boolean {
  return BLOCK_ELEMENTS.has(name);
}

/** `has-text-align-*` (block editor), `style="text-align:…"` (classic editor), `align=` (older HTML). */
export function alignOf(element: HtmlElement): TextAlign | undefined {
  for (const name of classList(element)) {
    const align = /^has-text-align-(.+)$/.exec(name)?.[1];
    if (isTextAlign(align)) return align;
  }
  const styled = /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i.exec(element.attrs.get('style') ?? '')?.[1]?.toLowerCase();
  if (isTextAlign(styled)) return styled;
  const attribute = element.attrs.get('align')?.toLowerCase();
  return isTextAlign(attribute) ? attribute : undefined;
}

export function paragraphsFromElement(element: HtmlElement, context: ParseContext, fallbackAlign?: TextAlign): DocNode[] {
  const align = alignOf(element) ?? fallbackAlign;
  const blocks = context.flow(element.children, {
    own: true,
    textblock: (content) => (align !== undefined ? { type: 'paragraph', attrs: { textAlign: align }, content } : { type: 'paragraph', content }),
  });
  const first = blocks.find((block) => block.type === 'paragraph');
  if (first !== undefined && hasClass(element, BYLINE_CLASS)) context.bylines.add(first);
  return blocks;
}

export function listItemFromElement(element: HtmlElement, context: ParseContext): DocNode {
  return { type: 'listItem', content: context.flow(element.children, { own: true }) };
}

/** Reads list v2 (`core/list-item` inner blocks) and v1 / classic (`<li>` elements) alike. */
export function listFromElement(element: HtmlElement, context: ParseContext): DocNode[] {
  const items: DocNode[] = [];
  const attach = (blocks: DocNode[]) => {
    const last = items[items.length - 1];
    // Old editors wrote a nested <ul> as a sibling of the <li> it belongs to.
    if (last !== undefined) last.content = [...(last.content ?? []), ...blocks];
    else if (blocks.length > 0) items.push({ type: 'listItem', content: [{ type: 'paragraph' }, ...blocks] });
  };
  let stray: HtmlNode[] = [];
  const flushStray = () => {
    if (stray.some((node) => node.kind === 'element' || (node.kind === 'text' && !isBlank(node.text)))) {
      items.push({ type: 'listItem', content: context.flow(stray, { own: true }) });
    }
    stray = [];
  };
  for (const item of groupBlocks(element.children)) {
    if (item.kind === 'block') {
      flushStray();
      const li = item.name === 'list-item' ? item.nodes.find((node): node is HtmlElement => isElement(node, 'li')) : undefined;
      if (li !== undefined) {
        items.push(listItemFromElement(li, context));
        attach(context.flow(item.nodes.filter((node) => node !== li)));
      } else attach(context.block(item));
    } else if (isElement(item.node, 'li')) {
      flushStray();
      items.push(listItemFromElement(item.node, context));
    } else if (isElement(item.node, 'ul', 'ol')) {
      flushStray();
      attach(listFromElement(item.node, context));
    } else if (item.node.kind !== 'comment') stray.push(item.node);
  }
  flushStray();
  if (items.length === 0) return [];
  if (element.name === 'ul') return [{ type: 'bulletList', content: items }];
  const start = Number.parseInt(element.attrs.get('start') ?? '', 10);
  return [{ type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content: items }];
}

/** Quote v2 holds blocks; v1 and classic quotes hold `<p>`s. A `<cite>` has no node of ours: it stays as a paragraph. */
export function quoteFromElement(element: HtmlElement, context: ParseContext): DocNode[] {
  if (hasClass(element, 'wp-block-pullquote')) return pullQuoteFromNodes([element], context);
  const cites = element.children.filter((node): node is HtmlElement => isElement(node, 'cite'));
  const content = context.flow(element.children.filter((node) => !isElement(node, 'cite')));
  for (const cite of cites) {
    if (isBlank(textContent(cite.children))) continue;
    warn(context, 'extraTextAsParagraph');
    content.push(...context.flow(cite.children, { own: true }));
  }
  return [{ type: 'blockquote', content }];
}

export function codeBlockFromElement(element: HtmlElement): DocNode {
  const first = element.children[0];
  // HTML drops a newline right after <pre>; <pre><code>\n keeps it.
  const children = first?.kind === 'text' && first.text.startsWith('\n') ? [{ ...first, text: first.text.slice(1) }, ...element.children.slice(1)] : element.children;
  const text = textContent(children);
  return text === '' ? { type: 'codeBlock' } : { type: 'codeBlock', content: [{ type: 'text', text }] };
}

function figureFromElement(element: HtmlElement, context: ParseContext): DocNode[] {
  if (hasClass(element, 'wp-block-pullquote')) return pullQuoteFromNodes(element.children, context);
  const images = countImages(element.children);
  // A gallery (several images in one figure): each image stands alone.
  if (images > 1) return context.flow(element.children);
  if (images === 1) return figureFromNodes(element.children, {}, context);
  if (hasClass(element, 'wp-block-embed')) return embedFromNodesOrFlow(element, context);
  if (element.children.some((node) => isElement(node, 'table'))) return tableFromNodes(element.children, context);
  if (element.children.some((node) => isElement(node, 'blockquote'))) return pullQuoteFromNodes(element.children, context);
  warn(context, 'unknownElement:figure');
  return context.flow(element.children);
}

function embedFromNodesOrFlow(element: HtmlElement, context: ParseContext): DocNode[] {
  return context.block({ kind: 'block', name: 'embed', attrs: {}, nodes: element.children, badJson: false });
}

function countImages(nodes: readonly HtmlNode[]): number {
  return nodes.reduce((count, node) => count + (node.kind !== 'element' ? 0 : node.name === 'img' ? 1 : countImages(node.children)), 0);
}

export function blocksFromElement(element: HtmlElement, context: ParseContext): DocNode[] {
  const name = element.name;
  if (HEADINGS.includes(name)) {
    const level = Number(name.slice(1));
    return context.flow(element.children, { own: true, textblock: (content) => ({ type: 'heading', attrs: { level }, content }) });
  }
  if (isFactBoxElement(element) && name !== 'p') return factBoxFromElement(element, context);
  switch (name) {
    case 'p':
      return paragraphsFromElement(element, context);
    case 'ul':
    case 'ol':
      return listFromElement(element, context);
    case 'li':
      return [{ type: 'bulletList', content: [listItemFromElement(element, context)] }];
    case 'blockquote':
      return quoteFromElement(element, context);
    case 'pre':
      return [codeBlockFromElement(element)];
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'figure':
      return figureFromElement(element, context);
    case 'img':
      return figureFromNodes([element], {}, context);
    case 'table':
      return tableFromNodes([element], context);
    case 'iframe':
      return embedFromIframe(element, context);
    default:
      if (NOT_CONTENT.has(name)) {
        if (name === 'script' || name === 'style') warn(context, `droppedElement:${name}`);
        return [];
      }
      if (!TRANSPARENT.has(name)) warn(context, `unknownElement:${name}`);
      return context.flow(element.children);
  }
}
