import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import { previewDocument, type PreviewArticle } from './previewDocument.ts';

const HASH = 'b'.repeat(64);
const OPTIONS = {
  stylesheetUrl: 'http://127.0.0.1:1/assets/preview-abc.css',
  mediaUrl: (hash: string) => `http://127.0.0.1:1/media/${hash}`,
  language: 'vi',
  documentTitle: 'Bài viết như trên trang báo',
  untitled: '(Chưa có tiêu đề)',
};

const body: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Sáng 5/3, ' }, { type: 'text', text: 'UBND tỉnh', marks: [{ type: 'bold' }] }, { type: 'text', text: ' họp <giao ban>.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả' }] },
    { type: 'figure', attrs: { media: HASH, src: null, alt: 'Quang cảnh', caption: 'Hội nghị', credit: 'Ảnh: Minh Đức', remoteId: null } },
    { type: 'figure', attrs: { media: null, src: null, alt: '', caption: 'Ảnh chưa chọn', credit: '', remoteId: null } },
  ],
};

const article = (fields: Partial<PreviewArticle> = {}): PreviewArticle => ({ title: 'Quảng Trị & "phát triển"', sapo: '(QTO) - Tóm tắt.', body, byline: 'Minh Anh', ...fields });

describe('previewDocument', () => {
  it('is a whole page: the stylesheet linked, no script, no inline style', () => {
    const html = previewDocument(article(), OPTIONS);
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<link rel="stylesheet" href="http://127.0.0.1:1/assets/preview-abc.css">');
    expect(html).toContain('<title>Bài viết như trên trang báo</title>');
    expect(html).toContain('<base target="_blank">');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  });

  it('puts the headline first, then the sapo in its own (bold) paragraph, escaped', () => {
    const html = previewDocument(article(), OPTIONS);
    expect(html).toContain('<h1 class="preview-title">Quảng Trị &amp; "phát triển"</h1>');
    expect(html).toContain('<p class="preview-sapo">(QTO) - Tóm tắt.</p>');
    expect(html.indexOf('preview-title')).toBeLessThan(html.indexOf('preview-sapo'));
  });

  it('renders the body as publishing does: marks, headings, the photo from the local library with caption and credit', () => {
    const html = previewDocument(article(), OPTIONS);
    expect(html).toContain('<p>Sáng 5/3, <strong>UBND tỉnh</strong> họp &lt;giao ban&gt;.</p>');
    expect(html).toContain('<h2>Kết quả</h2>');
    expect(html).toContain(`<img src="http://127.0.0.1:1/media/${HASH}" alt="Quang cảnh"`);
    expect(html).toMatch(/<figcaption class="wp-element-caption">Hội nghị — <span class="toasoan-credit">Ảnh: Minh Đức<\/span><\/figcaption>/);
  });

  it('leaves out a photo block with no photo yet instead of failing the whole preview', () => {
    expect(previewDocument(article(), OPTIONS)).not.toContain('Ảnh chưa chọn');
  });

  it('ends with the byline, right-aligned', () => {
    const html = previewDocument(article(), OPTIONS);
    expect(html).toMatch(/<p class="has-text-align-right toasoan-byline">Minh Anh<\/p>\s*(<!-- \/wp:paragraph -->)?\s*<\/div>/);
    expect(previewDocument(article({ byline: '  ' }), OPTIONS)).not.toContain('toasoan-byline');
  });

  it('marks a missing headline and leaves out an empty sapo', () => {
    const html = previewDocument(article({ title: ' ', sapo: '' }), OPTIONS);
    expect(html).toContain('<h1 class="preview-title preview-untitled">(Chưa có tiêu đề)</h1>');
    expect(html).not.toContain('preview-sapo');
  });
});
