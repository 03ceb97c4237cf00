import type { DocNode } from '../domain/articleBody.ts';
import type { BlockItem } from './blockMarkup.ts';
import type { HtmlNode } from './htmlTree.ts';

/**
 * What the parsing modules share. Warnings are stable codes, `code` or `code:detail`,
 * so the renderer can translate them and tests can assert them:
 * - `unknownBlock:<name>` — a block we have no node for; its content was kept.
 * - `unknownElement:<tag>` — an element we have no node or mark for; its text was kept.
 * - `blockConverted:<name>` — a block mapped onto a near node (preformatted → code block).
 * - `droppedElement:<tag>` — script, style, template: not content.
 * - `droppedBlock:<name>` — more, nextpage, spacer: no text, no node for them.
 * - `unsafeLinkDropped` — a link whose href was not http(s)/mailto; its text was kept.
 * - `imageLinkDropped` — the link around an image (figures carry none).
 * - `extraTextAsParagraph` — a quote's citation, a table's or embed's caption: kept as a paragraph.
 * - `tableSpanDropped` — colspan/rowspan: WordPress 6.1 table cells have neither.
 * - `iframeAsEmbed` — a classic `<iframe>` read as an embed.
 * - `badBlockAttributes:<name>` — a block delimiter whose JSON did not parse.
 * - `tooDeep` — nesting past any real article's: the deepest content was kept as plain text.
 */
export interface FlowOptions {
  /** The container's own text (a `<p>`, an `<li>`'s text): always one textblock, even empty. */
  own?: boolean;
  /** Makes the textblocks; a paragraph by default. */
  textblock?: (content: DocNode[]) => DocNode;
}

export interface ParseContext {
  /** No block delimiters anywhere: classic editor content, read the way `wpautop` would. */
  readonly classic: boolean;
  readonly warnings: string[];
  /** Paragraphs that carried the byline class; the last top-level one becomes the byline. */
  readonly bylines: Set<DocNode>;
  /** Block-level conversion of a node list, for converters that recurse into children. */
  flow(nodes: readonly HtmlNode[], options?: FlowOptions): DocNode[];
  /** One WordPress block to our nodes. */
  block(item: BlockItem): DocNode[];
}

export function warn(context: ParseContext, code: string): void {
  if (!context.warnings.includes(code)) context.warnings.push(code);
}
