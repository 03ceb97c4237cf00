import { describe, expect, it } from 'vitest';
import type { BodyDoc, DocNode } from '../domain/articleBody.ts';
import { mediaHashes, renderPublishHtml, UnresolvedMediaError } from './index.ts';

const figure = (media: string | null, src: string | null = null): DocNode => ({
  type: 'figure',
  attrs: { media, src, alt: '', caption: '', credit: '', remoteId: null },
});
const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);
const body: BodyDoc = {
  type: 'doc',
  content: [figure(hashA), { type: 'blockquote', content: [figure(hashB), figure(hashA)] }, figure(null, 'https://s.vn/x.jpg')],
};

describe('images that are not on the site yet', () => {
  it('refuse to render, naming every missing hash once', () => {
    let error: unknown;
    try {
      renderPublishHtml(body, { resolveMedia: (hash) => (hash === hashB ? { url: 'https://s.vn/b.jpg', id: 2 } : undefined) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnresolvedMediaError);
    expect((error as UnresolvedMediaError).hashes).toEqual([hashA]);
    expect((error as UnresolvedMediaError).figuresWithoutImage).toBe(0);
  });

  it('refuse a figure with no image at all', () => {
    const empty: BodyDoc = { type: 'doc', content: [figure(null)] };
    expect(() => renderPublishHtml(empty, { resolveMedia: () => undefined })).toThrow(UnresolvedMediaError);
  });

  it('are listed up front for the uploader, in order, once each', () => {
    expect(mediaHashes(body)).toEqual([hashA, hashB]);
  });
});
