import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/client.ts';
import { docFromPlainText, docToPlainText } from '../../../../shared/domain/articleBody.ts';
import { TEMPLATE_FILE_FORMAT } from '../../../../shared/templates/schema.ts';
import { SAMPLE } from '../../../../tests/support/core.ts';
import { loopbackApi } from '../../../../tests/support/loopbackApi.ts';
import { fileSlug } from './TemplateService.ts';

const FIGURE = { type: 'figure', attrs: { media: 'c'.repeat(64), src: null, alt: '', caption: 'Cầu Hiền Lương', credit: 'Minh Đức', remoteId: null } };

async function failure(promise: Promise<unknown>): Promise<Partial<ApiError>> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { code: error.code, reason: error.reason, field: error.field };
}

describe('templates', () => {
  it('lists the shipped templates and gets one with its fields', async () => {
    const { api } = loopbackApi();
    const list = await api.templates.list({});
    expect(list.map((template) => template.name)).toEqual(['Tin ngắn', 'Bài viết', 'Phỏng vấn', 'Phóng sự', 'Ảnh']);
    const interview = await api.templates.get({ id: 'phong-van' });
    expect(docToPlainText(interview.fields.body)).toContain('PV: [Câu hỏi thứ nhất]?');
    expect(await failure(api.templates.get({ id: 'khong-co' }))).toMatchObject({ code: 'NotFound', reason: 'templateNotFound' });
  });

  it('creates, renames, refuses a taken name and deletes', async () => {
    const { api } = loopbackApi();
    const created = await api.templates.create({ name: ' Tin ảnh ', description: 'Một ảnh, một đoạn.', fields: { body: docFromPlainText('[Chú thích]') } });
    expect(created).toMatchObject({ name: 'Tin ảnh', description: 'Một ảnh, một đoạn.', position: 6 });
    expect(await failure(api.templates.create({ name: 'tin ngắn' }))).toMatchObject({ code: 'Conflict', reason: 'templateNameTaken' });
    const renamed = await api.templates.update({ id: created.id, name: 'Tin ảnh ngắn' });
    expect(renamed).toMatchObject({ name: 'Tin ảnh ngắn', fields: created.fields });
    expect(await failure(api.templates.update({ id: created.id, name: 'Ảnh' }))).toMatchObject({ reason: 'templateNameTaken' });
    const left = await api.templates.delete({ id: created.id });
    expect(left.map((template) => template.id)).not.toContain(created.id);
    expect(await failure(api.templates.delete({ id: created.id }))).toMatchObject({ reason: 'templateNotFound' });
  });

  it('saves an article as a template without its pen name, photos or source prefix', async () => {
    const { api } = loopbackApi();
    const body = docFromPlainText('PV: [Câu hỏi]\n\n[Trả lời]');
    const article = await api.articles.create({
      title: 'Phỏng vấn Chủ tịch tỉnh',
      sapo: SAMPLE.sapo,
      body: { type: 'doc', content: [...body.content, FIGURE] },
      byline: SAMPLE.byline,
      dateline: 'Đông Hà',
      featuredMedia: 'c'.repeat(64),
    });
    const template = await api.templates.create({ name: 'Phỏng vấn lãnh đạo', fromArticleId: article.id });
    expect(template.fields).toEqual({ title: article.title, sapo: SAMPLE.sapo.replace('(QTO) - ', ''), body, category: '', tags: [], dateline: 'Đông Hà' });
    expect(await failure(api.templates.create({ name: 'Hai nguồn', fromArticleId: article.id, fields: {} }))).toMatchObject({ reason: 'invalidShape' });
    // "Thay nội dung mẫu" from another article.
    const other = await api.articles.create({ title: 'Khác', body: docFromPlainText('[Mới]') });
    expect((await api.templates.update({ id: template.id, fromArticleId: other.id })).fields.body).toEqual(docFromPlainText('[Mới]'));
  });

  it('exports JSON that imports back under free names', async () => {
    const { api } = loopbackApi();
    const one = await api.templates.export({ ids: ['phong-van'] });
    expect(one.fileName).toBe('mau-bai-phong-van.json');
    const all = await api.templates.export({});
    expect(all.fileName).toMatch(/^mau-bai-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(all.text) as { format: string; version: number; templates: { name: string }[] };
    expect(parsed).toMatchObject({ format: TEMPLATE_FILE_FORMAT, version: 1 });
    expect(parsed.templates).toHaveLength(5);

    const added = await api.templates.import({ text: one.text });
    expect(added.map((template) => template.name)).toEqual(['Phỏng vấn (2)']);
    expect((await api.templates.get({ id: added[0]?.id ?? '' })).fields).toEqual((await api.templates.get({ id: 'phong-van' })).fields);
    expect((await api.templates.import({ text: one.text })).map((template) => template.name)).toEqual(['Phỏng vấn (3)']);
  });

  it('refuses a bad file with a reason and writes nothing', async () => {
    const { api } = loopbackApi();
    const before = await api.templates.list({});
    const file = (templates: unknown[]) => JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, templates });
    expect(await failure(api.templates.import({ text: 'không phải JSON' }))).toMatchObject({ code: 'Validation', reason: 'templateFileNotJson' });
    expect(await failure(api.templates.import({ text: '{"format":"khac"}' }))).toMatchObject({ reason: 'notTemplateFile' });
    // The first template is good; the second is not; neither may be written.
    const mixed = file([{ name: 'Tốt' }, { name: 'Có ảnh', fields: { body: { type: 'doc', content: [FIGURE] } } }]);
    expect(await failure(api.templates.import({ text: mixed }))).toMatchObject({ reason: 'templateHasPhotos', field: 'text.templates.1.fields.body' });
    expect(await api.templates.list({})).toEqual(before);
  });

  it('names export files without marks', () => {
    expect(fileSlug('Phóng sự điều tra: Đường 9')).toBe('phong-su-dieu-tra-duong-9');
    expect(fileSlug('***')).toBe('mau');
  });
});
