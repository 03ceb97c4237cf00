import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../domain/articleBody.ts';
import { upgradeBody } from './upgradeBody.ts';
import { validateBody } from './validateBody.ts';

describe('upgradeBody', () => {
  it('brings a body from the first editor into the schema, keeping every word', () => {
    const legacy: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Một' }] },
        { type: 'heading', attrs: { level: 6 }, content: [{ type: 'text', text: 'Sáu' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'middle', style: 'color: red' },
          content: [
            { type: 'text', text: 'bấm', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', target: '_blank' } }, { type: 'bold' }] },
            { type: 'text', text: 'đọc', marks: [{ type: 'link', attrs: { href: 'https://a.vn', target: '_blank', rel: null, class: null, extra: 1 } }] },
          ],
        },
      ],
    };
    const upgraded = upgradeBody(legacy);
    expect(upgraded.content.map((node) => node.attrs)).toEqual([{ level: 2 }, { level: 4 }, { textAlign: null }]);
    expect(upgraded.content[2]?.content).toEqual([
      { type: 'text', text: 'bấm', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'đọc', marks: [{ type: 'link', attrs: { href: 'https://a.vn', target: '_blank', rel: null, class: null } }] },
    ]);
    expect(validateBody(upgraded).issues).toEqual([]);
  });

  it('leaves a body that already conforms as it was', () => {
    const body: BodyDoc = { type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'x', marks: [{ type: 'editorNote' }] }] }] };
    expect(upgradeBody(body)).toEqual(body);
  });
});
