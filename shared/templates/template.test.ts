import { describe, expect, it } from 'vitest';
import { docFromPlainText, emptyDoc } from '../domain/articleBody.ts';
import { hasFigure, templateFieldsFromArticle } from './template.ts';

const FIGURE = { type: 'figure', attrs: { media: 'b'.repeat(64), src: null, alt: '', caption: '', credit: '', remoteId: null } };

describe('templateFieldsFromArticle', () => {
  it('keeps the structure and drops the pen name, the photos and the source prefix', () => {
    const body = docFromPlainText('PV: [Câu hỏi]\n\n[Trả lời]');
    const fields = templateFieldsFromArticle({
      title: 'Phỏng vấn',
      sapo: '(QTO) - [Giới thiệu nhân vật]',
      body: { type: 'doc', content: [...body.content, FIGURE] },
      byline: 'Minh Đức',
      category: 'Thời sự',
      tags: ['phỏng vấn'],
      dateline: 'Đông Hà',
      featuredMedia: 'b'.repeat(64),
    });
    expect(fields).toEqual({ title: 'Phỏng vấn', sapo: '[Giới thiệu nhân vật]', body, category: 'Thời sự', tags: ['phỏng vấn'], dateline: 'Đông Hà' });
    expect(hasFigure(fields.body)).toBe(false);
  });

  it('leaves an empty paragraph when the body was only photos', () => {
    const fields = templateFieldsFromArticle({ title: '', sapo: '', body: { type: 'doc', content: [FIGURE] }, byline: '', category: '', tags: [] });
    expect(fields.body).toEqual(emptyDoc());
    expect(fields.dateline).toBe('');
  });
});
