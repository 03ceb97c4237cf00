/**
 * Links a paste may keep: http, https and mailto, as the article schema allows. Anything
 * else (`javascript:`, `data:`, `file:`, in-page `#anchors`, Word's `#_ftn1`) keeps its
 * text and loses the link. Written without `URL`: `shared/` runs where it is not typed.
 */

const MAX_HREF_LENGTH = 2000;

/** Browsers drop tabs and newlines inside URLs ("java\tscript:"), so we do before judging. */
function compact(raw: string): string {
  return raw.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** `https://www.google.com/url?q=<target>&sa=D…` and Facebook's `l.php?u=` are the same link, tracked. */
function unwrapRedirect(href: string): string {
  const match = /^https?:\/\/(?:www\.)?(?:google\.[a-z.]+\/url\?(?:[^#]*&)?q=|l\.facebook\.com\/l\.php\?(?:[^#]*&)?u=)([^&#]+)/i.exec(href);
  if (match === null) return href;
  try {
    const target = decodeURIComponent(match[1] ?? '');
    return /^https?:\/\//i.test(target) ? target : href;
  } catch {
    return href;
  }
}

/** The link to keep for `raw`, or null when it must go (the text stays). */
export function safeHref(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let href = compact(raw);
  if (href.startsWith('//')) href = `https:${href}`;
  href = unwrapRedirect(href);
  if (href.length > MAX_HREF_LENGTH) return null;
  if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(href)) return href;
  if (/^mailto:[^\s?]+@[^\s]+$/i.test(href)) return href;
  return null;
}

/**
 * "Chia sẻ" buttons copied with an article: the link and its label both go, since
 * "Facebook Zalo Twitter" in the body is never what the reporter meant to paste.
 */
const SHARE_LINK =
  /^https?:\/\/(?:www\.|m\.)?(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|(?:twitter|x)\.com\/(?:intent|share)|sp\.zalo\.me\/share|zalo\.me\/share|(?:www\.)?linkedin\.com\/(?:sharing|shareArticle)|pinterest\.com\/pin\/create|t\.me\/share|telegram\.me\/share)/i;

export function isShareLink(raw: string | undefined): boolean {
  return raw !== undefined && SHARE_LINK.test(compact(raw));
}

/**
 * Page furniture by class or id: share bars, ads, related-article boxes, comment threads,
 * breadcrumbs. Matched as whole words of the name ("box-share", "fb_like"), not inside
 * longer words, so "MsoCommentText" or "shareholder" are not caught.
 */
const FURNITURE = /(?:^|[-_\s])(?:share|sharing|social|socials|addthis|sharethis|fb-like|zalo-share-button|print|advert|advertisement|ads|ad|banner|related|comments?|breadcrumbs?)(?:[-_\s]|$)/i;

export function isPageFurniture(className: string | undefined, id: string | undefined): boolean {
  return (className !== undefined && FURNITURE.test(className)) || (id !== undefined && FURNITURE.test(id));
}
