import { describe, expect, it } from 'vitest';
import type { DocNode } from '../domain/articleBody.ts';
import { validateBody } from './validateBody.ts';

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const issuesOf = (value: unknown) => validateBody(value).issues;

/** Every node and mark of the newsroom schema, as the editor writes them. */
const EVERYTHING = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Đề mục')] },
  { type: 'paragraph', attrs: { textAlign: 'right' }, content: [text('Phải', [{ type: 'bold' }, { type: 'italic' }])] },
  p(
    text('H'), text('2', [{ type: 'subscript' }]), text('O m'), text('2', [{ type: 'superscript' }]),
    { type: 'hardBreak' },
    text('gạch', [{ type: 'underline' }, { type: 'strike' }]),
    text('mã', [{ type: 'code' }]),
    text('liên kết', [{ type: 'link', attrs: { href: 'https://baoquangtri.vn', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }]),
    text('kiểm tra lại số liệu', [{ type: 'editorNote' }]),
  ),
  { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('một')), { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [p()] }] }] }] },
  { type: 'blockquote', content: [p(text('Trích'))] },
  { type: 'codeBlock', attrs: { language: null }, content: [text('x < y')] },
  { type: 'horizontalRule' },
  { type: 'pullQuote', attrs: { citation: 'Bộ trưởng' }, content: [text('Không ai bị bỏ lại')] },
  { type: 'factBox', attrs: { title: 'Số liệu' }, content: [p(text('12 xã')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('a'))] }] }] },
  { type: 'figure', attrs: { media: 'a'.repeat(64), src: null, alt: '', caption: 'Ảnh', credit: '', remoteId: null } },
  { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=1', provider: 'youtube' } },
  {
    type: 'table',
    content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1 }, content: [p(text('Tỉnh'))] }] },
      { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [p()] }] },
    ],
  },
);

describe('validateBody', () => {
  it('accepts every node and mark of the schema', () => {
    expect(issuesOf(EVERYTHING)).toEqual([]);
  });

  it('normalises text and attribute strings to NFC', () => {
    const nfd = 'Quảng Trị'.normalize('NFD');
    const result = validateBody(doc({ type: 'factBox', attrs: { title: nfd }, content: [p(text(nfd))] }));
    expect(result.doc?.content[0]).toEqual({ type: 'factBox', attrs: { title: 'Quảng Trị' }, content: [p(text('Quảng Trị'))] });
  });

  it.each([
    ['H1 (the title is the H1)', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] }), ['content', 0, 'attrs', 'level']],
    ['H5', doc({ type: 'heading', attrs: { level: 5 } }), ['content', 0, 'attrs', 'level']],
    ['a javascript: link', doc(p(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), ['content', 0, 'content', 0, 'marks', 0, 'attrs', 'href']],
    ['a relative link', doc(p(text('x', [{ type: 'link', attrs: { href: '/noi-bo' } }]))), ['content', 0, 'content', 0, 'marks', 0, 'attrs', 'href']],
    ['a link without href', doc(p(text('x', [{ type: 'link' }]))), ['content', 0, 'content', 0, 'marks', 0, 'attrs', 'href']],
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { style: 'color:red' } }), ['content', 0, 'attrs', 'style']],
    ['a style-ish alignment', doc({ type: 'paragraph', attrs: { textAlign: 'middle' } }), ['content', 0, 'attrs', 'textAlign']],
    ['column widths', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colwidth: [120] }, content: [p()] }] }] }), ['content', 0, 'content', 0, 'content', 0, 'attrs', 'colwidth']],
    ['a merged cell', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [p()] }] }] }), ['content', 0, 'content', 0, 'content', 0, 'attrs', 'colspan']],
    ['an embed with no URL', doc({ type: 'embed', attrs: { provider: 'youtube' } }), ['content', 0, 'attrs', 'url']],
    ['an embed of a script URL', doc({ type: 'embed', attrs: { url: 'javascript:alert(1)', provider: 'other' } }), ['content', 0, 'attrs', 'url']],
    ['an unknown mark', doc(p(text('x', [{ type: 'color' }]))), ['content', 0, 'content', 0, 'marks', 0]],
    ['bold in a code block', doc({ type: 'codeBlock', content: [text('x', [{ type: 'bold' }])] }), ['content', 0, 'content', 0, 'marks', 0]],
    ['a mark twice', doc(p(text('x', [{ type: 'bold' }, { type: 'bold' }]))), ['content', 0, 'content', 0, 'marks', 1]],
    ['a figure inside a fact box', doc({ type: 'factBox', content: [{ type: 'figure' }] }), ['content', 0, 'content']],
    ['a heading inside a fact box', doc({ type: 'factBox', content: [{ type: 'heading', attrs: { level: 3 } }] }), ['content', 0, 'content']],
    ['an empty fact box', doc({ type: 'factBox', content: [] }), ['content', 0, 'content']],
    ['a list item not starting with a paragraph', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'horizontalRule' }] }] }), ['content', 0, 'content', 0, 'content']],
    ['text directly in the document', doc(text('x')), ['content']],
    ['a paragraph inside a paragraph', doc(p(p())), ['content', 0, 'content']],
    ['two paragraphs in one table cell', doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(), p()] }] }] }), ['content', 0, 'content', 0, 'content', 0, 'content']],
    ['a nested document', doc({ type: 'doc', content: [p()] }), ['content', 0]],
    ['an empty document', doc(), ['content']],
    ['content under a leaf', doc({ type: 'horizontalRule', content: [p()] }), ['content', 0, 'content']],
  ])('refuses %s', (_name, value, path) => {
    const issues = issuesOf(value);
    expect(issues.map((issue) => issue.path)).toContainEqual(path);
    expect(issues.every((issue) => issue.reason === 'invalidDocument')).toBe(true);
  });

  it('reports a bad child once, at its place, not again as bad content of its parent', () => {
    expect(issuesOf(doc(p(), { type: 'iframe' }))).toEqual([{ reason: 'invalidDocument', path: ['content', 1] }]);
  });

  it('refuses control characters in text and lone surrogates in attributes', () => {
    expect(issuesOf(doc(p(text('a\u0007b'))))).toEqual([{ reason: 'invalidText', path: ['content', 0, 'content', 0, 'text'] }]);
    expect(issuesOf(doc({ type: 'pullQuote', attrs: { citation: 'x\uDC00' } }))).toEqual([{ reason: 'invalidText', path: ['content', 0, 'attrs', 'citation'] }]);
  });

  it('takes `content: []` as no content, as ProseMirror writes it', () => {
    expect(validateBody(doc({ type: 'paragraph', content: [] })).doc?.content[0]).toEqual({ type: 'paragraph', content: [] });
    expect(validateBody(doc({ type: 'horizontalRule', content: [] })).doc?.content[0]).toEqual({ type: 'horizontalRule' });
  });
});
