import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/client.ts';
import { docToPlainText } from '../../../../shared/domain/articleBody.ts';
import { loopbackApi } from '../../../../tests/support/loopbackApi.ts';

describe('articles.create with newsroom defaults and templates', () => {
  it('creates a plain empty draft while the settings are off', async () => {
    const { api } = loopbackApi();
    expect(await api.articles.create({})).toMatchObject({ title: '', sapo: '', byline: '', dateline: '', featuredMedia: null });
  });

  it('signs with the default pen name and starts the lead with the source prefix', async () => {
    const { api } = loopbackApi();
    await api.newsroom.setSettings({ sourcePrefix: 'QTO', defaultByline: 'Minh Đức' });
    expect(await api.articles.create({})).toMatchObject({ sapo: '(QTO) - ', byline: 'Minh Đức' });
    expect(await api.articles.create({ byline: 'Hà Linh', sapo: '(TTXVN) - Sáng nay' })).toMatchObject({ sapo: '(TTXVN) - Sáng nay', byline: 'Hà Linh' });
    await api.newsroom.setSettings({ sourcePrefix: '' });
    expect((await api.articles.create({})).sapo).toBe('');
  });

  it('starts from a template', async () => {
    const { api } = loopbackApi();
    await api.newsroom.setSettings({ sourcePrefix: 'QTO' });
    const article = await api.articles.create({ templateId: 'phong-van' });
    expect(article.sapo).toBe('(QTO) - [Giới thiệu nhân vật và lý do phỏng vấn]');
    expect(docToPlainText(article.body).split('\n\n').slice(0, 2)).toEqual(['PV: [Câu hỏi thứ nhất]?', '[Ông/Bà Họ Tên]: [Trả lời]']);
    const missing = await api.articles.create({ templateId: 'da-xoa' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ code: 'NotFound', reason: 'templateNotFound' });
  });

  it('stores the dateline and the featured photo, and refuses a featured photo that is not a hash', async () => {
    const { api } = loopbackApi();
    const { id } = await api.articles.create({});
    const saved = await api.articles.update({ id, changes: { dateline: 'Hướng Hóa', featuredMedia: 'd'.repeat(64) } });
    expect(saved).toMatchObject({ dateline: 'Hướng Hóa', featuredMedia: 'd'.repeat(64) });
    expect((await api.articles.update({ id, changes: { featuredMedia: null } })).featuredMedia).toBeNull();
    const bad = await api.articles.update({ id, changes: { featuredMedia: 'https://x/y.jpg' } }).catch((error: unknown) => error);
    expect(bad).toMatchObject({ code: 'Validation', field: 'changes.featuredMedia' });
  });

  it('validates newsroom settings', async () => {
    const { api } = loopbackApi();
    const bad = await api.newsroom.setSettings({ sourcePrefix: '(QTO)' }).catch((error: unknown) => error);
    expect(bad).toMatchObject({ code: 'Validation', reason: 'invalidSourcePrefix', field: 'sourcePrefix' });
    const low = await api.newsroom.setSettings({ titleMaxChars: 5 }).catch((error: unknown) => error);
    expect(low).toMatchObject({ reason: 'outOfRange', field: 'titleMaxChars' });
    expect(await api.newsroom.setSettings({ sourcePrefix: ' QTO ', sapoMaxWords: 45 })).toMatchObject({ sourcePrefix: 'QTO', sapoMaxWords: 45 });
  });
});
