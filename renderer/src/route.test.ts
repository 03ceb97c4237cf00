import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route.ts';

describe('route', () => {
  it('round-trips every view through the hash', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const routes = [
      { view: 'library' }, { view: 'trash' }, { view: 'editor', id }, { view: 'sites' }, { view: 'syncLog' }, { view: 'settings' },
    ] as const;
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('uses the Vietnamese addresses the desk shares', () => {
    expect(routeHash({ view: 'sites' })).toBe('#/trang');
    expect(routeHash({ view: 'syncLog' })).toBe('#/nhat-ky');
    expect(routeHash({ view: 'settings' })).toBe('#/cai-dat');
  });

  it('falls back to the library for anything unknown', () => {
    expect(parseRoute('#/bai/not-an-id')).toEqual({ view: 'library' });
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#/trang/x')).toEqual({ view: 'library' });
  });
});
