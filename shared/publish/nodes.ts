import type { DocNode } from '../domain/document.ts';

/**
 * Typed views of the newsroom node attributes (their JSON shape is documented beside
 * `BLOCK_TYPES` in `shared/domain/document.ts`) and the small value rules both
 * directions share.
 */

/** The pen-name paragraph we append, recognised by this class when the post comes back. */
export const BYLINE_CLASS = 'toasoan-byline';
/** The credit is a span inside the figure caption, so caption and credit can be told apart when pulled. */
export const CREDIT_CLASS = 'toasoan-credit';
/** Between caption and credit in the visible caption. */
export const CREDIT_SEPARATOR = ' — ';

export const TEXT_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

export const EMBED_PROVIDERS = ['youtube', 'facebook', 'tiktok', 'other'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

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

export function isTextAlign(value: unknown): value is TextAlign {
  return typeof value === 'string' && (TEXT_ALIGNS as readonly string[]).includes(value);
}

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === 'string' && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/**
 * Only these schemes reach the site. `javascript:` is the attack; relative and other
 * schemes have no meaning outside the laptop. Browsers strip control characters and
 * whitespace inside a scheme, so the test runs on the trimmed value and anything
 * unusual before the colon fails it.
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const trimmed = href.trim();
  return /^(?:https?|mailto):/i.test(trimmed) ? trimmed : undefined;
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/** The URL patterns of WordPress 6.1's embed variations (block-library `embed/variations.js`). */
export function detectEmbedProvider(url: string): EmbedProvider {
  if (/^https?:\/\/((m|www)\.)?youtube\.com\/.+/i.test(url) || /^https?:\/\/youtu\.be\/.+/i.test(url)) return 'youtube';
  if (/^https?:\/\/(www\.)?tiktok\.com\/.+/i.test(url)) return 'tiktok';
  if (/^https?:\/\/((m|www|web)\.)?facebook\.com\/.+/i.test(url) || /^https?:\/\/fb\.watch\/.+/i.test(url)) return 'facebook';
  return 'other';
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
