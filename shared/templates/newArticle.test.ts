import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../domain/articleBody.ts';
import { composeNewArticle } from './newArticle.ts';
import { emptyTemplateFields } from './template.ts';

const OFF = { defaultByline: '', sourcePrefix: '' };
const QTO = { defaultByline: 'Minh Đức', sourcePrefix: 'QTO' };

describe('composeNewArticle', () => {
  it('changes nothing with the settings off and no template', () => {
    expect(composeNewArticle({ title: 'Tin' }, undefined, OFF)).toEqual({ title: 'Tin', byline: '', sapo: '' });
  });

  it('starts from the template, signs with the default pen name and prefixes the lead', () => {
    const template = { ...emptyTemplateFields(), sapo: '[Giới thiệu nhân vật]', body: docFromPlainText('PV: [Câu hỏi]') };
    expect(composeNewArticle({}, template, QTO)).toEqual({ ...template, byline: 'Minh Đức', sapo: '(QTO) - [Giới thiệu nhân vật]' });
  });

  it('lets given fields win, and keeps a lead that names another source', () => {
    const template = { ...emptyTemplateFields(), title: 'Mẫu' };
    const given = { title: 'Tin lũ', byline: 'Hà Linh', sapo: '(TTXVN) - Sáng nay', category: undefined };
    expect(composeNewArticle(given, template, QTO)).toMatchObject({ title: 'Tin lũ', byline: 'Hà Linh', sapo: '(TTXVN) - Sáng nay', category: '' });
  });
});
