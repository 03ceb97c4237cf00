import { describe, expect, it } from 'vitest';
import { clampHeadingLevel, detectEmbedProvider, hasScheme, safeHref } from './values.ts';

describe('link schemes', () => {
  it.each(['https://baoquangtri.vn/a?b=1', ' http://x.vn ', 'mailto:toasoan@baoquangtri.vn', 'HTTPS://X.VN'])('accepts %j', (href) => {
    expect(safeHref(href)).toBe(href.trim());
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'ftp://x.vn', '/noi-bo', '#neo', 'www.x.vn', 'https:x.vn', 'tel:0912'])(
    'refuses %j',
    (href) => {
      expect(safeHref(href)).toBeUndefined();
    },
  );

  it('checks an embed URL against its own schemes', () => {
    expect(hasScheme('https://youtu.be/x', ['http', 'https'])).toBe(true);
    expect(hasScheme('mailto:a@b.vn', ['http', 'https'])).toBe(false);
  });
});

describe('headings', () => {
  it('take the nearest level the body allows', () => {
    expect([1, 2, 3, 4, 5, 6, Number.NaN, 3.5].map(clampHeadingLevel)).toEqual([2, 2, 3, 4, 4, 4, 2, 3]);
  });
});

describe('embed providers', () => {
  it('are recognised by WordPress 6.1 embed variations patterns', () => {
    expect(detectEmbedProvider('https://www.youtube.com/watch?v=1')).toBe('youtube');
    expect(detectEmbedProvider('https://youtu.be/1')).toBe('youtube');
    expect(detectEmbedProvider('https://m.facebook.com/x/posts/1')).toBe('facebook');
    expect(detectEmbedProvider('https://fb.watch/abc')).toBe('facebook');
    expect(detectEmbedProvider('https://www.tiktok.com/@a/video/1')).toBe('tiktok');
    expect(detectEmbedProvider('https://vimeo.com/1')).toBe('other');
  });
});
