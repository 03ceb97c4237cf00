import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, externalBrowserUrl, isAppUrl } from './appUrl.ts';

describe('isAppUrl', () => {
  it('recognises our own pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://toasoan/index.html#/bai/1')).toBe(true);
    expect(isAppUrl('APP://TOASOAN/index.html')).toBe(true);
  });

  it('rejects look-alikes and the dev server unless it is named', () => {
    expect(isAppUrl('app://toasoan.evil/')).toBe(false);
    expect(isAppUrl('app://x@toasoan/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('file:///x', 'file:///x')).toBe(false);
  });
});

describe('externalBrowserUrl', () => {
  it('passes http(s) through, normalised', () => {
    expect(externalBrowserUrl('HTTPS://Example.com')).toBe('https://example.com/');
  });

  it('refuses everything else', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.c', 'app://toasoan/', '', 'x']) {
      expect(externalBrowserUrl(url), url).toBeUndefined();
    }
  });
});
