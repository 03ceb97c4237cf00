import type { DocNode } from '../domain/articleBody.ts';
import { decodeEntities } from './entities.ts';
import { findElement, hasClass, isBlank, isElement, textContent } from './htmlTree.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';
import { CREDIT_CLASS, CREDIT_SEPARATOR, detectEmbedProvider, isEmbedProvider, isHttpUrl, plainAttr } from './nodes.ts';
import type { EmbedProvider } from './nodes.ts';
import { embedUrlFromIframe } from '../schema/values.ts';
import { warn } from './parseContext.ts';
import type { ParseContext } from './parseContext.ts';

/** Images, tables, pull quotes and embeds: the `<figure>` family, block markup or classic. */

function positiveInteger(value: unknown): number | null {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : null;
}

/** Caption text, and the credit when it sits in our credit span (see `renderBlocks.ts`). */
function captionParts(figcaption: HtmlElement | undefined): { caption: string; credit: string } {
  if (figcaption === undefined) return { caption: '', credit: '' };
  const creditElement = findElement(figcaption.children, (element) => hasClass(element, CREDIT_CLASS));
  if (creditElement === undefined) return { caption: plainAttr(textContent(figcaption.children)), credit: '' };
  let caption = textContent(figcaption.children, (element) => element === creditElement);
  if (caption.endsWith(CREDIT_SEPARATOR)) caption = caption.slice(0, -CREDIT_SEPARATOR.length);
  return { caption: plainAttr(caption), credit: plainAttr(textContent(creditElement.children)) };
}

/** Text that has no place in the node it came with, kept as paragraphs after it. */
function extraText(element: HtmlElement | undefined, context: ParseContext): DocNode[] {
  if (element === undefined || isBlank(textContent(element.children))) return [];
  warn(context, 'extraTextAsParagraph');
  return context.flow(element.children, { own: true });
}

/** `core/image` (id from the block attributes or the `wp-image-N` class) or a classic `<img>`. */
export function figureFromNodes(nodes: readonly HtmlNode[], blockAttrs: Record<string, unknown>, context: ParseContext): DocNode[] {
  const img = findElement(nodes, (element) => element.name === 'img');
  if (img === undefined) return context.flow(nodes);
  if (findElement(nodes, (element) => element.name === 'a' && findElement(element.children, (inner) => inner === img) !== undefined)) {
    warn(context, 'imageLinkDropped');
  }
  const classId = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(img.attrs.get('class') ?? '')?.[1];
  const remoteId = positiveInteger(blockAttrs.id) ?? positiveInteger(classId);
  const src = img.attrs.get('src')?.trim() ?? '';
  const { caption, credit } = captionParts(findElement(nodes, (element) => element.name === 'figcaption'));
  const attrs = { media: null, src: src !== '' ? src : null, alt: plainAttr(img.attrs.get('alt') ?? ''), caption, credit, remoteId };
  return [{ type: 'figure', attrs }];
}

function cellFrom(element: HtmlElement, context: ParseContext): DocNode {
  if (element.attrs.has('colspan') || element.attrs.has('rowspan')) warn(context, 'tableSpanDropped');
  return { type: element.name === 'th' ? 'tableHeader' : 'tableCell', content: context.flow(element.children, { own: true }) };
}

/** A `<table>` among `nodes` (WordPress wraps it in a figure); its caption becomes a paragraph after it. */
export function tableFromNodes(nodes: readonly HtmlNode[], context: ParseContext): DocNode[] {
  const table = findElement(nodes, (element) => element.name === 'table');
  if (table === undefined) return context.flow(nodes);
  const rows: DocNode[] = [];
  const extras: DocNode[] = [];
  const visit = (children: readonly HtmlNode[]) => {
    for (const node of children) {
      if (!isElement(node)) continue;
      if (node.name === 'tr') {
        const cells = node.children.filter((cell): cell is HtmlElement => isElement(cell, 'td', 'th')).map((cell) => cellFrom(cell, context));
        if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
      } else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot') visit(node.children);
      else if (node.name === 'caption') extras.push(...extraText(node, context));
    }
  };
  visit(table.children);
  extras.push(...extraText(findElement(nodes, (element) => element.name === 'figcaption'), context));
  return rows.length > 0 ? [{ type: 'table', content: rows }, ...extras] : extras;
}

/** `core/pullquote`: the quote's paragraphs become one textblock (joined by line breaks), `<cite>` the citation. */
export function pullQuoteFromNodes(nodes: readonly HtmlNode[], context: ParseContext): DocNode[] {
  const quote = findElement(nodes, (element) => element.name === 'blockquote');
  const children = quote?.children ?? nodes;
  const cite = children.find((node): node is HtmlElement => isElement(node, 'cite'));
  const citation = cite !== undefined ? plainAttr(textContent(cite.children)) : '';
  const content: DocNode[] = [];
  const after: DocNode[] = [];
  for (const block of context.flow(children.filter((node) => node !== cite))) {
    if (block.type !== 'paragraph') after.push(block);
    else {
      if (content.length > 0) content.push({ type: 'hardBreak' });
      content.push(...(block.content ?? []));
    }
  }
  const pullQuote: DocNode = { type: 'pullQuote', content };
  if (citation !== '') pullQuote.attrs = { citation };
  return [pullQuote, ...after];
}

/** A URL that is not http(s) is no embed: its text stays, as a paragraph. */
function embedOrText(url: string, provider: EmbedProvider): DocNode[] {
  if (isHttpUrl(url)) return [{ type: 'embed', attrs: { url, provider } }];
  return url === '' ? [] : [{ type: 'paragraph', content: [{ type: 'text', text: url }] }];
}

/**
 * `core/embed` (and WordPress 5.0–5.5's `core-embed/<provider>`). The URL on its own
 * line in the wrapper is what the site embeds, so it wins over the `url` attribute;
 * the attribute is entity-decoded because kses encodes `&` in block attributes for
 * users without `unfiltered_html`.
 */
export function embedFromNodes(nodes: readonly HtmlNode[], blockAttrs: Record<string, unknown>, context: ParseContext): DocNode[] {
  const wrapper = findElement(nodes, (element) => hasClass(element, 'wp-block-embed__wrapper'));
  const wrapperUrl = wrapper !== undefined ? textContent(wrapper.children).trim() : '';
  const attrUrl = typeof blockAttrs.url === 'string' ? decodeEntities(blockAttrs.url).trim() : '';
  const slug = blockAttrs.providerNameSlug;
  const provider = isEmbedProvider(slug) ? slug : 'other';
  return [
    ...embedOrText(wrapperUrl !== '' ? wrapperUrl : attrUrl, provider),
    ...extraText(findElement(nodes, (element) => element.name === 'figcaption'), context),
  ];
}

/** A classic-editor `<iframe>` (only users with `unfiltered_html` can save one). */
export function embedFromIframe(element: HtmlElement, context: ParseContext): DocNode[] {
  const src = element.attrs.get('src')?.trim() ?? '';
  if (!isHttpUrl(src)) {
    warn(context, 'droppedElement:iframe');
    return [];
  }
  warn(context, 'iframeAsEmbed');
  const url = embedUrlFromIframe(src) ?? src;
  return embedOrText(url, detectEmbedProvider(url));
}
