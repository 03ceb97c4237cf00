import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './route.ts';

describe('route', () => {
  it('round-trips every view through the hash', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const route of [{ view: 'library' }, { view: 'trash' }, { view: 'editor', id }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('falls back to the library for anything unknown', () => {
    expect(parseRoute('#/bai/not-an-id')).toEqual({ view: 'library' });
    expect(parseRoute('')).toEqual({ view: 'library' });
  });
});
