import type { BodyDoc, DocNode } from '../domain/articleBody.ts';
import { hasBlockDelimiters } from './blockMarkup.ts';
import { normalizePublishDoc } from './canonical.ts';
import { parseHtmlFragment } from './htmlTree.ts';
import { createParseContext } from './parseFlow.ts';

export interface ParsedPublishHtml {
  /** In publishable form (`normalizePublishDoc`); figures have `media: null`, the site's `src` and `remoteId`. */
  doc: BodyDoc;
  /** The text of the byline paragraph `renderPublishHtml` appends, when there is one. */
  byline?: string;
  /** Stable codes for what could not be kept as it was (see `parseContext.ts`); text is never dropped. */
  warnings: string[];
}

/**
 * `[caption id="attachment_5" …]<img …/> Caption[/caption]`: how the classic editor
 * stores a captioned image. Rewritten to the figure markup it renders as.
 */
function expandCaptionShortcodes(html: string): string {
  return html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/g, (whole, attributes: string, inner: string) => {
    const match = /^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
    if (match === null) return whole;
    const fromAttribute = /\bcaption="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const caption = (match[2] ?? '').trim() !== '' ? (match[2] ?? '').trim() : fromAttribute;
    return `<figure>${match[1] ?? ''}<figcaption>${caption}</figcaption></figure>`;
  });
}

function plainText(nodes: readonly DocNode[] | undefined): string {
  return (nodes ?? []).map((node) => (node.type === 'hardBreak' ? ' ' : (node.text ?? ''))).join('').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A post's `content.raw` (context=edit) back to our document: block markup as the
 * block editor saves it, or classic-editor HTML read the way `wpautop` renders it.
 * Tolerant by design: unknown blocks and elements keep their text, with warnings.
 */
export function parsePublishHtml(html: string): ParsedPublishHtml {
  const source = html.replace(/\r\n?/g, '\n').normalize('NFC');
  const classic = !hasBlockDelimiters(source);
  const context = createParseContext(classic);
  const blocks = context.flow(parseHtmlFragment(classic ? expandCaptionShortcodes(source) : source));

  let byline: string | undefined;
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index];
    if (block === undefined || !context.bylines.has(block)) continue;
    blocks.splice(index, 1);
    const text = plainText(block.content);
    if (text !== '') byline = text;
    break;
  }
  const result: ParsedPublishHtml = { doc: normalizePublishDoc({ type: 'doc', content: blocks }), warnings: context.warnings };
  if (byline !== undefined) result.byline = byline;
  return result;
}
