import { describe, expect, it } from 'vitest';
import { figureChoices } from './figures.ts';

const figure = (media: string | null, caption = '', credit = '') => ({ type: 'figure', attrs: { media, src: null, alt: '', caption, credit, remoteId: null } });

describe('figureChoices', () => {
  it('lists local photos in reading order, once each, with caption and credit', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    const doc = {
      type: 'doc',
      content: [
        figure(a, ' Lũ về Hướng Hóa ', 'Minh Đức'),
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn' }] },
        { type: 'blockquote', content: [figure(b)] },
        figure(a),
        // Only on the site (pulled): nothing local to name it by.
        { type: 'figure', attrs: { media: null, src: 'https://bao.vn/a.jpg', alt: '', caption: '', credit: '', remoteId: 7 } },
      ],
    };
    expect(figureChoices(doc)).toEqual([
      { media: a, caption: 'Lũ về Hướng Hóa', credit: 'Minh Đức' },
      { media: b, caption: '', credit: '' },
    ]);
  });
});
