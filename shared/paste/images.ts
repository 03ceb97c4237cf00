import type { HtmlElement } from '../publish/htmlTree.ts';
import type { Style } from './styles.ts';

/**
 * Which pasted images to keep. A photo on the web (http/https) is kept by URL; a `data:`
 * image only when the caller can store it (the editor's figure node takes web URLs or
 * local media). Word's `file:///…/clip_image001.png` and `cid:` images live on the
 * sender's disk and cannot be fetched: they are counted so the reporter can be told to
 * insert them by hand. Tracking pixels and spacers are dropped without a word.
 */
export type ImageVerdict =
  | { kind: 'keep'; src: string; alt: string }
  | { kind: 'tracker' }
  | { kind: 'unavailable' };

/** Raster formats only: an SVG `data:` URL can carry script. */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
/** Lazy-loading sites put the real photo here and a 1×1 placeholder in `src`. */
const LAZY_SOURCES = ['data-src', 'data-original', 'data-lazy-src', 'data-lazyload', 'data-srcset'];
const MAX_ALT_LENGTH = 500;

/** Hosts that serve beacons, not photos (suffix match), and beacon-shaped paths. */
const TRACKER_HOSTS = [
  'google-analytics.com', 'googletagmanager.com', 'doubleclick.net', 'googlesyndication.com', 'googleadservices.com',
  'scorecardresearch.com', 'quantserve.com', 'bat.bing.com', 'analytics.twitter.com', 'px.ads.linkedin.com',
  'mc.yandex.ru', 'chartbeat.net', 'pixel.wp.com', 'stats.wp.com', 'ct.pinterest.com', 'analytics.tiktok.com',
  // Vietnamese ad networks whose beacons ride along with news pages.
  'admicro.vn', 'eclick.vn',
];
const TRACKER_PATHS = /^(?:www\.)?facebook\.com\/tr\b|\/(?:pixel|beacon|track|tracking|1x1|spacer|blank|transparent|clear)\.(?:gif|png)\b/i;

function host(url: string): string {
  return (/^https?:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? '').toLowerCase();
}

function isTracker(url: string): boolean {
  const name = host(url);
  if (TRACKER_HOSTS.some((tracker) => name === tracker || name.endsWith(`.${tracker}`))) return true;
  return TRACKER_PATHS.test(url.replace(/^https?:\/\//i, ''));
}

/** A pixel size from `width="1"` or `width:1px`; undefined when not given in pixels. */
function pixels(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value ?? '');
  return match === null ? undefined : Number(match[1]);
}

function firstSource(element: HtmlElement): string {
  const src = (element.attrs.get('src') ?? '').trim();
  // A tiny data: GIF in src is a lazy-load placeholder when a real source waits in a data attribute.
  const placeholder = src === '' || src === 'about:blank' || (src.startsWith('data:') && src.length < 200);
  if (placeholder) {
    for (const name of LAZY_SOURCES) {
      const lazy = (element.attrs.get(name) ?? '').trim().split(/[\s,]+/)[0] ?? '';
      if (/^(https?:)?\/\//i.test(lazy)) return lazy;
    }
  }
  return src;
}

export function judgeImage(element: HtmlElement, style: Style, dataImages: 'keep' | 'drop'): ImageVerdict {
  let src = firstSource(element).replace(/[\t\n\r]/g, '');
  if (src.startsWith('//')) src = `https:${src}`;
  const width = pixels(element.attrs.get('width')) ?? pixels(style.get('width'));
  const height = pixels(element.attrs.get('height')) ?? pixels(style.get('height'));
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return { kind: 'tracker' };
  const alt = (element.attrs.get('alt') ?? '').slice(0, MAX_ALT_LENGTH);
  if (/^https?:\/\/[^\s/?#]+/i.test(src)) return isTracker(src) ? { kind: 'tracker' } : { kind: 'keep', src, alt };
  if (DATA_IMAGE.test(src)) {
    // Under ~200 characters a data: image is a spacer or a placeholder, not a photo.
    if (src.length < 200) return { kind: 'tracker' };
    return dataImages === 'keep' ? { kind: 'keep', src: src.replace(/\s/g, ''), alt } : { kind: 'unavailable' };
  }
  if (src === '') return { kind: 'tracker' };
  return { kind: 'unavailable' };
}
