import type { DocNode } from '../domain/articleBody.ts';
import type { EmbedProvider } from '../schema/values.ts';

/**
 * Typed views of the newsroom node attributes (their JSON shape is the schema in
 * `shared/schema/`) and the markers both directions share. The value rules (schemes,
 * alignments, providers) are the schema's, re-exported here for the publish code.
 */
export {
  EMBED_PROVIDERS, TEXT_ALIGNS, clampHeadingLevel, detectEmbedProvider, isEmbedProvider, isHttpUrl, isTextAlign, safeHref,
} from '../schema/values.ts';
export type { EmbedProvider, TextAlign } from '../schema/values.ts';

/** The pen-name paragraph we append, recognised by this class when the post comes back. */
export const BYLINE_CLASS = 'toasoan-byline';
/** The credit is a span inside the figure caption, so caption and credit can be told apart when pulled. */
export const CREDIT_CLASS = 'toasoan-credit';
/** Between caption and credit in the visible caption. */
export const CREDIT_SEPARATOR = ' — ';
/** The `core/group` that is a fact box carries this class (`className`), so it comes back as one. */
export const FACT_BOX_CLASS = 'toasoan-factbox';
/** The heading level of a fact box's title inside its group: below the article's own H2 sections. */
export const FACT_BOX_TITLE_LEVEL = 3;
/** An editor's note, when asked to keep notes (an internal export): `<mark class="…">`. */
export const EDITOR_NOTE_CLASS = 'toasoan-editor-note';

export interface FigureAttrs {
  /** sha256 hex of the locally stored image; null once only the site has it. */
  media: string | null;
  /** Remote URL: after upload, or when pulled from the site. */
  src: string | null;
  alt: string;
  caption: string;
  credit: string;
  /** WordPress attachment id. */
  remoteId: number | null;
}

export interface EmbedAttrs {
  url: string;
  provider: EmbedProvider;
}

/**
 * A one-line plain-text attribute (alt, caption, credit, citation): NFC, line breaks
 * folded to one space so the value means the same in an HTML attribute and in text.
 */
export function plainAttr(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.normalize('NFC').replace(/[\t\f ]*(?:\r\n?|\n)[\t\n\f\r ]*/g, ' ');
}

export function figureAttrs(node: DocNode): FigureAttrs {
  const attrs = node.attrs ?? {};
  const media = typeof attrs.media === 'string' && attrs.media !== '' ? attrs.media : null;
  const src = typeof attrs.src === 'string' && attrs.src.trim() !== '' ? attrs.src.trim().normalize('NFC') : null;
  const remoteId = typeof attrs.remoteId === 'number' && Number.isInteger(attrs.remoteId) && attrs.remoteId > 0 ? attrs.remoteId : null;
  return { media, src, alt: plainAttr(attrs.alt), caption: plainAttr(attrs.caption), credit: plainAttr(attrs.credit), remoteId };
}
