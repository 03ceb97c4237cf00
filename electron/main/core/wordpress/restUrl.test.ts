import { describe, expect, it } from 'vitest';
import { normaliseSiteUrl, restUrl } from './restUrl.ts';

describe('restUrl', () => {
  it('joins routes under /wp-json/', () => {
    expect(restUrl('https://baoquangtri.vn/wp-json/', '/wp/v2/posts', { per_page: 100, context: 'edit' })).toBe(
      'https://baoquangtri.vn/wp-json/wp/v2/posts?per_page=100&context=edit',
    );
    expect(restUrl('https://x.vn/tin/wp-json', 'wp/v2/users/me')).toBe('https://x.vn/tin/wp-json/wp/v2/users/me');
  });

  it('puts the route in rest_route for sites without pretty permalinks', () => {
    expect(restUrl('http://127.0.0.1:8080/?rest_route=/', '/wp/v2/posts/5', { context: 'edit', x: undefined })).toBe(
      'http://127.0.0.1:8080/?rest_route=%2Fwp%2Fv2%2Fposts%2F5&context=edit',
    );
  });
});

describe('normaliseSiteUrl', () => {
  it('adds https, or http for loopback, and drops what does not name the site', () => {
    expect(normaliseSiteUrl(' baoquangtri.vn/ ')).toBe('https://baoquangtri.vn');
    expect(normaliseSiteUrl('127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(normaliseSiteUrl('https://x.vn/tin/?p=1#top')).toBe('https://x.vn/tin');
  });

  it('refuses other schemes', () => {
    expect(() => normaliseSiteUrl('ftp://x.vn')).toThrow();
    expect(() => normaliseSiteUrl('javascript:alert(1)')).toThrow();
  });
});
