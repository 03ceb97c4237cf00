import type { DocNode } from '../domain/articleBody.ts';
import { joinBlocks, wrapBlock } from './blockMarkup.ts';
import { escapeAttribute, escapeText } from './entities.ts';
import { BYLINE_CLASS, CREDIT_CLASS, CREDIT_SEPARATOR, FACT_BOX_CLASS, FACT_BOX_TITLE_LEVEL, figureAttrs, isEmbedProvider, isTextAlign, plainAttr } from './nodes.ts';
import type { EmbedProvider } from './nodes.ts';
import { renderInline } from './renderInline.ts';

/**
 * Normalised blocks to WordPress block markup: what WordPress 6.1's block editor saves
 * for the same content (its `save()` functions in `wp-includes/js/dist/block-library.js`),
 * so the post opens in the site's editor as real blocks, without "This block contains
 * unexpected or invalid content". Attribute keys follow the order the block types
 * declare them in, as the editor's serializer does. The few places that differ from
 * the editor byte for byte, and still validate, say so where they are.
 */

export interface ResolvedImage {
  url: string;
  id: number | null;
}

export type ImageLookup = (figure: DocNode) => ResolvedImage;

function paragraphBlock(node: DocNode, extraClass?: string): string {
  const textAlign = node.attrs?.textAlign;
  const align = isTextAlign(textAlign) ? textAlign : undefined;
  const classes = [align !== undefined ? `has-text-align-${align}` : '', extraClass ?? ''].filter((name) => name !== '').join(' ');
  const attrs: Record<string, unknown> = {};
  if (align !== undefined) attrs.align = align;
  if (extraClass !== undefined) attrs.className = extraClass;
  return wrapBlock('paragraph', attrs, `<p${classes !== '' ? ` class="${classes}"` : ''}>${renderInline(node.content)}</p>`);
}

/**
 * The pen-name line printed under an article: a right-aligned paragraph whose extra
 * class goes in `className`, where the editor keeps custom classes.
 */
export function bylineBlock(text: string): string {
  const line = text.normalize('NFC').replace(/[\t\n\f\r ]+/g, ' ').trim();
  return paragraphBlock({ type: 'paragraph', attrs: { textAlign: 'right' }, content: [{ type: 'text', text: line }] }, BYLINE_CLASS);
}

function headingBlock(node: DocNode): string {
  const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 2;
  // WordPress 6.1 headings carry no class (`supports.className: false`); 6.2 added
  // `wp-block-heading` with a deprecation that migrates class-less headings silently.
  return wrapBlock('heading', level === 2 ? undefined : { level }, `<h${level}>${renderInline(node.content)}</h${level}>`);
}

/** WordPress 6.1 lists hold `core/list-item` inner blocks (list v2); an item's nested blocks sit inside its `<li>`. */
function listBlock(node: DocNode, image: ImageLookup): string {
  const ordered = node.type === 'orderedList';
  const start = ordered && typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
  const attrs: Record<string, unknown> = {};
  if (ordered) attrs.ordered = true;
  if (start !== 1) attrs.start = start;
  const items = (node.content ?? []).map((item) => {
    const [first, ...rest] = item.content ?? [];
    const own = first?.type === 'paragraph' ? renderInline(first.content) : '';
    const inner = joinBlocks((first?.type === 'paragraph' ? rest : (item.content ?? [])).map((child) => renderBlock(child, image)));
    return wrapBlock('list-item', undefined, `<li>${own}${inner}</li>`);
  });
  const tag = ordered ? 'ol' : 'ul';
  return wrapBlock('list', attrs, `<${tag}${start !== 1 ? ` start="${start}"` : ''}>${joinBlocks(items)}</${tag}>`);
}

function codeBlock(node: DocNode): string {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('');
  // As the code block's save() does: `[` so shortcodes do not run, and the `//` of a URL
  // alone on its line so WordPress does not turn it into an embed. Every such line, not
  // only the first as WordPress's regex does; both forms decode to the same text.
  const escaped = escapeText(text)
    .replace(/\[/g, '&#91;')
    .replace(/^(\s*https?:)\/\/([^\s<>"]+\s*)$/gm, '$1&#47;&#47;$2');
  return wrapBlock('code', undefined, `<pre class="wp-block-code"><code>${escaped}</code></pre>`);
}

function pullQuoteBlock(node: DocNode): string {
  const citation = typeof node.attrs?.citation === 'string' && node.attrs.citation !== '' ? `<cite>${escapeText(node.attrs.citation)}</cite>` : '';
  return wrapBlock('pullquote', undefined, `<figure class="wp-block-pullquote"><blockquote><p>${renderInline(node.content)}</p>${citation}</blockquote></figure>`);
}

function figureBlock(node: DocNode, image: ImageLookup): string {
  const { alt, caption, credit } = figureAttrs(node);
  const { url, id } = image(node);
  const attrs: Record<string, unknown> = {};
  if (id !== null) attrs.id = id;
  attrs.sizeSlug = 'large';
  // What the editor records when an image is picked from the media library.
  attrs.linkDestination = 'none';
  const img = `<img src="${escapeAttribute(url)}" alt="${escapeAttribute(alt)}"${id !== null ? ` class="wp-image-${id}"` : ''}/>`;
  const creditHtml = credit !== '' ? `<span class="${CREDIT_CLASS}">${escapeText(credit)}</span>` : '';
  const captionHtml = escapeText(caption) + (caption !== '' && credit !== '' ? CREDIT_SEPARATOR : '') + creditHtml;
  const figcaption = captionHtml !== '' ? `<figcaption class="wp-element-caption">${captionHtml}</figcaption>` : '';
  return wrapBlock('image', attrs, `<figure class="wp-block-image size-large">${img}${figcaption}</figure>`);
}

/**
 * A fact box is a `core/group` (6.1's group `save()`: the tag from `tagName`, the block's
 * class then the custom `className`) holding a heading for its title and its paragraphs
 * and lists as inner blocks, so the site's editor shows an ordinary group it can restyle,
 * and themes can box it by the class. Layout classes are added by the editor and by PHP
 * when rendering, never saved, so none are written here.
 */
function factBoxBlock(node: DocNode, image: ImageLookup): string {
  const title = plainAttr(node.attrs?.title);
  const level = FACT_BOX_TITLE_LEVEL;
  const inner = title === '' ? [] : [wrapBlock('heading', { level }, `<h${level}>${escapeText(title)}</h${level}>`)];
  inner.push(...(node.content ?? []).map((child) => renderBlock(child, image)));
  return wrapBlock('group', { tagName: 'aside', className: FACT_BOX_CLASS }, `<aside class="wp-block-group ${FACT_BOX_CLASS}">${joinBlocks(inner)}</aside>`);
}

function tableBlock(node: DocNode): string {
  const rows = node.content ?? [];
  const isHeaderRow = (row: DocNode) => (row.content ?? []).every((cell) => cell.type === 'tableHeader');
  let headCount = 0;
  while (headCount < rows.length && isHeaderRow(rows[headCount] ?? { type: 'tableRow' })) headCount++;
  const renderRows = (section: DocNode[]) =>
    section
      .map((row) => `<tr>${(row.content ?? []).map((cell) => {
        const tag = cell.type === 'tableHeader' ? 'th' : 'td';
        return `<${tag}>${renderInline(cell.content?.[0]?.content)}</${tag}>`;
      }).join('')}</tr>`)
      .join('');
  const head = headCount > 0 ? `<thead>${renderRows(rows.slice(0, headCount))}</thead>` : '';
  const body = headCount < rows.length ? `<tbody>${renderRows(rows.slice(headCount))}</tbody>` : '';
  return wrapBlock('table', undefined, `<figure class="wp-block-table"><table>${head}${body}</table></figure>`);
}

/**
 * Attributes as the embed variations set them (`type` comes from the provider's oEmbed
 * answer: YouTube and TikTok say video, Facebook rich). Facebook lost oEmbed in
 * WordPress 5.5.2, so its variation is marked not previewable.
 */
const EMBED_ATTRS: Record<EmbedProvider, Record<string, unknown>> = {
  youtube: { type: 'video', providerNameSlug: 'youtube', responsive: true },
  tiktok: { type: 'video', providerNameSlug: 'tiktok', responsive: true },
  facebook: { type: 'rich', providerNameSlug: 'facebook', responsive: true, previewable: false },
  other: {},
};

function embedBlock(node: DocNode): string {
  const url = String(node.attrs?.url ?? '');
  const value = node.attrs?.provider;
  const provider: EmbedProvider = isEmbedProvider(value) ? value : 'other';
  const attrs: Record<string, unknown> = { url, ...EMBED_ATTRS[provider] };
  const classes = ['wp-block-embed'];
  if (typeof attrs.type === 'string') classes.push(`is-type-${attrs.type}`);
  if (typeof attrs.providerNameSlug === 'string') classes.push(`is-provider-${attrs.providerNameSlug}`, `wp-block-embed-${attrs.providerNameSlug}`);
  // The URL sits on its own line: WordPress's autoembed finds it there when rendering.
  // The editor adds `wp-embed-aspect-16-9 wp-has-aspect-ratio` classes after fetching the
  // oEmbed preview; without them the block still validates and the editor adds them.
  return wrapBlock('embed', attrs, `<figure class="${classes.join(' ')}"><div class="wp-block-embed__wrapper">\n${escapeText(url)}\n</div></figure>`);
}

export function renderBlock(node: DocNode, image: ImageLookup): string {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(node);
    case 'heading':
      return headingBlock(node);
    case 'bulletList':
    case 'orderedList':
      return listBlock(node, image);
    case 'blockquote':
      return wrapBlock('quote', undefined, `<blockquote class="wp-block-quote">${joinBlocks((node.content ?? []).map((child) => renderBlock(child, image)))}</blockquote>`);
    case 'codeBlock':
      return codeBlock(node);
    case 'horizontalRule':
      return wrapBlock('separator', undefined, '<hr class="wp-block-separator has-alpha-channel-opacity"/>');
    case 'pullQuote':
      return pullQuoteBlock(node);
    case 'factBox':
      return factBoxBlock(node, image);
    case 'figure':
      return figureBlock(node, image);
    case 'table':
      return tableBlock(node);
    case 'embed':
      return embedBlock(node);
    default:
      // Normalisation leaves no other type; a paragraph keeps any text if that changes.
      return paragraphBlock({ type: 'paragraph', content: (node.content ?? []).filter((child) => child.type === 'text') });
  }
}
