/**
 * The value rules of the newsroom schema that more than one side needs: the stored-
 * document validator (`validateBody.ts`), the editor's extensions (which must never
 * produce a value the validator refuses) and the publish renderer and parser.
 */

export const TEXT_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/** H1 is the article's title, so the body starts at H2; below H4 a news story has no structure left to show. */
export const HEADING_LEVELS = [2, 3, 4] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

export const EMBED_PROVIDERS = ['youtube', 'facebook', 'tiktok', 'other'] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

/** Schemes a link may use. `javascript:` is the attack; relative and other schemes mean nothing off the laptop. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
export const EMBED_SCHEMES = ['http', 'https'] as const;

export function isTextAlign(value: unknown): value is TextAlign {
  return typeof value === 'string' && (TEXT_ALIGNS as readonly string[]).includes(value);
}

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && (HEADING_LEVELS as readonly number[]).includes(value);
}

/**
 * The nearest level the body allows: an H1 pasted from elsewhere becomes H2, H5 and H6
 * become H4, so a heading keeps being a heading rather than turning into text.
 */
export function clampHeadingLevel(value: unknown): HeadingLevel {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 2;
  return value <= 2 ? 2 : value >= 4 ? 4 : 3;
}

export function isEmbedProvider(value: unknown): value is EmbedProvider {
  return typeof value === 'string' && (EMBED_PROVIDERS as readonly string[]).includes(value);
}

/**
 * True when `url`, trimmed, starts with one of `schemes` (and `//` for http and https).
 * Browsers strip control characters and whitespace inside a scheme, so anything unusual
 * before the colon fails the test rather than being read past.
 */
export function hasScheme(url: string, schemes: readonly string[]): boolean {
  const match = /^([a-z][a-z0-9+.-]*):(\/\/)?/i.exec(url.trim());
  if (match === null) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  if (!schemes.includes(scheme)) return false;
  return scheme === 'http' || scheme === 'https' ? match[2] === '//' : true;
}

/** The href trimmed when it may reach the site, otherwise undefined. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  return hasScheme(href, LINK_SCHEMES) ? href.trim() : undefined;
}

/** An absolute http(s) URL with no whitespace: what an embed may point at. */
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
 * The post URL behind an embed player's iframe, for the one provider whose iframe URL
 * says it (`youtube.com/embed/<id>`, also youtube-nocookie); other iframes give no URL
 * a reader could open, so they are not embeds.
 */
export function embedUrlFromIframe(src: string): string | undefined {
  const youtube = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/i.exec(src.trim())?.[1];
  return youtube === undefined ? undefined : `https://www.youtube.com/watch?v=${youtube}`;
}

/** A locally stored image is named by the sha256 of its bytes, lower-case hex. */
export const MEDIA_HASH_PATTERN = '^[0-9a-f]{64}$';
