import { describe, expect, it } from 'vitest';
import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { parsePublishHtml, renderPublishHtml } from './index.ts';

/** Golden strings for marks and line breaks, as WordPress 6.1's rich text formats write them. */

const text = (value: string, ...marks: DocMark[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const br: DocNode = { type: 'hardBreak' };
const body = (...inline: DocNode[]): BodyDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: inline }] });
const para = (inner: string) => `<!-- wp:paragraph -->\n<p>${inner}</p>\n<!-- /wp:paragraph -->`;

const bold: DocMark = { type: 'bold' };
const italic: DocMark = { type: 'italic' };
const underline: DocMark = { type: 'underline' };
const strike: DocMark = { type: 'strike' };
const code: DocMark = { type: 'code' };
const sub: DocMark = { type: 'subscript' };
const sup: DocMark = { type: 'superscript' };
const link = (href: string): DocMark => ({ type: 'link', attrs: { href } });

const GOLDENS: { name: string; doc: BodyDoc; html: string }[] = [
  { name: 'bold', doc: body(text('Tin '), text('nóng', bold)), html: para('Tin <strong>nóng</strong>') },
  { name: 'italic', doc: body(text('nghiêng', italic)), html: para('<em>nghiêng</em>') },
  { name: 'underline (WordPress core/underline span)', doc: body(text('gạch chân', underline)), html: para('<span style="text-decoration: underline;">gạch chân</span>') },
  { name: 'strike', doc: body(text('đã sửa', strike)), html: para('<s>đã sửa</s>') },
  { name: 'inline code with escapes', doc: body(text('a < b && c', code)), html: para('<code>a &lt; b &amp;&amp; c</code>') },
  { name: 'subscript', doc: body(text('H'), text('2', sub), text('O')), html: para('H<sub>2</sub>O') },
  { name: 'superscript', doc: body(text('100 m'), text('2', sup)), html: para('100 m<sup>2</sup>') },
  {
    name: 'link with a query string',
    doc: body(text('Xem '), text('bài gốc', link('https://toasoan.vn/tin?id=1&p=2#đầu'))),
    html: para('Xem <a href="https://toasoan.vn/tin?id=1&amp;p=2#đầu">bài gốc</a>'),
  },
  { name: 'mailto link', doc: body(text('thư', link('mailto:toasoan@example.vn'))), html: para('<a href="mailto:toasoan@example.vn">thư</a>') },
  { name: 'plain http link', doc: body(text('cũ', link('http://example.com/a"b'))), html: para('<a href="http://example.com/a&quot;b">cũ</a>') },
  {
    name: 'overlapping bold and italic stay nested',
    doc: body(text('a', bold), text('b', bold, italic), text('c', italic)),
    html: para('<strong>a<em>b</em></strong><em>c</em>'),
  },
  {
    name: 'a link keeps open around bold text inside it',
    doc: body(text('Đọc ', link('https://a.vn')), text('ngay', link('https://a.vn'), bold), text('!')),
    html: para('<a href="https://a.vn">Đọc <strong>ngay</strong></a>!'),
  },
  {
    name: 'two adjacent links to different pages',
    doc: body(text('một', link('https://a.vn/1')), text('hai', link('https://a.vn/2'))),
    html: para('<a href="https://a.vn/1">một</a><a href="https://a.vn/2">hai</a>'),
  },
  {
    name: 'every mark at once, nested in canonical order',
    doc: body(text('x', link('https://a.vn'), bold, italic, underline, strike, code, sub, sup)),
    html: para('<a href="https://a.vn"><strong><em><span style="text-decoration: underline;"><s><code><sub><sup>x</sup></sub></code></s></span></em></strong></a>'),
  },
  { name: 'line break', doc: body(text('Dòng một'), br, text('dòng hai')), html: para('Dòng một<br>dòng hai') },
  { name: 'leading, trailing and double line breaks', doc: body(br, text('giữa'), br, br), html: para('<br>giữa<br><br>') },
  { name: 'bold around a line break closes and reopens', doc: body(text('a', bold), br, text('b', bold)), html: para('<strong>a</strong><br><strong>b</strong>') },
  {
    name: 'Vietnamese inside marks',
    doc: body(text('Ủy ban ', bold), text('nhân dân', bold, italic), text(' tỉnh Quảng Trị')),
    html: para('<strong>Ủy ban <em>nhân dân</em></strong> tỉnh Quảng Trị'),
  },
];

const noMedia = { resolveMedia: () => undefined };

describe('golden marks', () => {
  it.each(GOLDENS)('renders: $name', ({ doc, html }) => {
    expect(renderPublishHtml(doc, noMedia)).toBe(html);
  });

  it.each(GOLDENS)('parses back: $name', ({ doc, html }) => {
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(doc);
    expect(parsed.warnings).toEqual([]);
  });
});

describe("editor's notes", () => {
  const note: DocMark = { type: 'editorNote' };

  it.each([
    ['inside a sentence, with the doubled space', body(text('Giá xăng tăng '), text('[kiểm tra lại số]', note), text(' 5%.')), 'Giá xăng tăng 5%.'],
    ['opening the paragraph', body(text('chờ ảnh', note), text(' Sáng nay…')), 'Sáng nay…'],
    ['closing the paragraph', body(text('Hết. '), text('hỏi lại nguồn', note)), 'Hết.'],
    ['carrying other marks, and its line break', body(text('Tin '), text('xác minh', note, bold), { type: 'hardBreak', marks: [note] }, text('nóng', bold)), 'Tin <strong>nóng</strong>'],
  ])('are left out of publish HTML: %s', (_name, doc, inner) => {
    const html = renderPublishHtml(doc, noMedia);
    expect(html).toBe(para(inner));
    expect(html).not.toContain('mark');
  });

  it('take a paragraph that held nothing else with them', () => {
    const doc: BodyDoc = { type: 'doc', content: [{ type: 'paragraph', content: [text('Một')] }, { type: 'paragraph', content: [text('cả đoạn là ghi chú', note)] }, { type: 'paragraph' }] };
    expect(renderPublishHtml(doc, noMedia)).toBe(`${para('Một')}\n\n<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->`);
  });

  it('are kept as <mark> when asked (an internal copy), and read back as notes', () => {
    const doc = body(text('Giá '), text('nguồn?', note, bold), text(' tăng'));
    const html = para('Giá <mark class="toasoan-editor-note"><strong>nguồn?</strong></mark> tăng');
    expect(renderPublishHtml(doc, { ...noMedia, keepEditorNotes: true })).toBe(html);
    expect(parsePublishHtml(html)).toEqual({ doc, warnings: [] });
  });

  it('are not confused with the site\'s own highlight', () => {
    const parsed = parsePublishHtml(para('<mark style="background-color:#ff0" class="has-inline-color">vàng</mark>'));
    expect(parsed).toEqual({ doc: body(text('vàng')), warnings: ['unknownElement:mark'] });
  });
});

describe('links that must not reach the site', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:x', '/tin-noi-bo', '#neo'])(
    'drops the link but keeps its text: %j',
    (href) => {
      const doc = body(text('Bấm '), text('vào đây', link(href), bold));
      const html = para('Bấm <strong>vào đây</strong>');
      expect(renderPublishHtml(doc, noMedia)).toBe(html);
      expect(parsePublishHtml(html).doc).toEqual(body(text('Bấm '), text('vào đây', bold)));
    },
  );

  it('drops a javascript: link found in the site content, with a warning', () => {
    const parsed = parsePublishHtml(para('Bấm <a href="javascript:alert(document.cookie)">vào&nbsp;đây</a>'));
    expect(parsed.doc).toEqual(body(text('Bấm vào\u00a0đây')));
    expect(parsed.warnings).toEqual(['unsafeLinkDropped']);
  });
});

describe('text normalisation on the way out', () => {
  it('writes NFD input as NFC', () => {
    const nfd = 'Thừa Thiên Huế, Đắk Lắk, Bà Rịa–Vũng Tàu'.normalize('NFD');
    const html = renderPublishHtml(body(text(nfd, bold)), noMedia);
    expect(html).toBe(para('<strong>Thừa Thiên Huế, Đắk Lắk, Bà Rịa–Vũng Tàu</strong>'));
    expect(html).toBe(html.normalize('NFC'));
  });

  it('orders marks canonically and keeps only href from an editor link', () => {
    const tiptapLink: DocMark = { type: 'link', attrs: { href: 'https://a.vn', target: '_blank', rel: 'noopener noreferrer nofollow', class: null } };
    const html = renderPublishHtml(body(text('x', italic, bold, tiptapLink)), noMedia);
    expect(html).toBe(para('<a href="https://a.vn"><strong><em>x</em></strong></a>'));
  });

  it('turns a newline inside text into a line break', () => {
    expect(renderPublishHtml(body(text('a\nb\r\nc')), noMedia)).toBe(para('a<br>b<br>c'));
  });
});
