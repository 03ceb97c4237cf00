import { describe, expect, it } from 'vitest';
import type { DocNode } from '../domain/articleBody.ts';
import { normalizePublishDoc } from './index.ts';

const text = (value: string): DocNode => ({ type: 'text', text: value });

describe('normalizePublishDoc', () => {
  it('reduces a TipTap document to what WordPress can hold', () => {
    const tiptap = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { textAlign: null }, content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }, { type: 'text', text: 'b', marks: [{ type: 'bold' }] }, { type: 'text', text: '' }] },
        { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('x\r\ny')] },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('i')] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2, rowspan: 1, colwidth: [120] }, content: [{ type: 'paragraph', content: [text('1')] }, { type: 'paragraph', content: [text('2')] }] }] }] },
      ],
    };
    expect(normalizePublishDoc(tiptap)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'ab', marks: [{ type: 'bold' }] }] },
        { type: 'codeBlock', content: [text('x\ny')] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('i')] }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [text('1'), { type: 'hardBreak' }, text('2')] }] }] }] },
      ],
    });
  });

  it('keeps the text of nodes it does not know and of misplaced inline nodes', () => {
    const odd = { type: 'doc', content: [text('lạc'), { type: 'callout', content: [{ type: 'paragraph', content: [text('trong hộp')] }] }, { type: 'embed', attrs: { url: 'javascript:x', provider: 'youtube' } }] };
    expect(normalizePublishDoc(odd)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('lạc')] }, { type: 'paragraph', content: [text('trong hộp')] }, { type: 'paragraph', content: [text('javascript:x')] }],
    });
  });

  it('gives an empty document one empty paragraph, and empty containers their minimum', () => {
    expect(normalizePublishDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(normalizePublishDoc({ type: 'doc', content: [{ type: 'blockquote' }, { type: 'bulletList', content: [] }, { type: 'listItem' }] })).toEqual({
      type: 'doc',
      content: [{ type: 'blockquote', content: [{ type: 'paragraph' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }],
    });
  });
});
