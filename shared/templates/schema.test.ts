import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../domain/articleBody.ts';
import { TEMPLATE_FILE_FORMAT, templateFile, templateFileTextSchema, templateFieldsSchema } from './schema.ts';
import { emptyTemplateFields, TEMPLATE_LIMITS, type ArticleTemplate } from './template.ts';

const FIGURE = { type: 'figure', attrs: { media: 'a'.repeat(64), src: null, alt: '', caption: 'Lũ về', credit: 'Minh Đức', remoteId: null } };

function fileText(templates: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: 1, exportedAt: '2026-11-26T05:00:00.000Z', templates, ...extra });
}

function issueOf(text: string): { reason: unknown; path: string } | undefined {
  const result = templateFileTextSchema.safeParse(text);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const params = issue !== undefined && 'params' in issue ? (issue.params as { reason?: unknown } | undefined) : undefined;
  return { reason: params?.reason ?? issue?.code, path: (issue?.path ?? []).join('.') };
}

describe('templateFieldsSchema', () => {
  it('fills what is left out and normalises text to NFC', () => {
    expect(templateFieldsSchema.parse({})).toEqual(emptyTemplateFields());
    const parsed = templateFieldsSchema.parse({ title: 'Hòa bình'.normalize('NFD'), tags: ['Giao thông', 'giao thông'] });
    expect(parsed.title).toBe('Hòa bình');
    expect(parsed.tags).toEqual(['Giao thông']);
  });

  it('refuses photos, unknown fields and bad documents', () => {
    expect(templateFieldsSchema.safeParse({ body: { type: 'doc', content: [FIGURE] } }).success).toBe(false);
    expect(templateFieldsSchema.safeParse({ byline: 'Minh Đức' }).success).toBe(false);
    expect(templateFieldsSchema.safeParse({ body: { type: 'doc', content: [{ type: 'script' }] } }).success).toBe(false);
  });
});

describe('template files', () => {
  const template: ArticleTemplate = {
    id: 'tin-ngan',
    name: 'Tin ngắn',
    description: 'Một đến ba đoạn.',
    position: 1,
    createdAt: 0,
    updatedAt: 0,
    fields: { ...emptyTemplateFields(), body: docFromPlainText('[Ai, làm gì, ở đâu, khi nào]') },
  };

  it('round-trips what export writes', () => {
    const text = JSON.stringify(templateFile([template], Date.UTC(2026, 10, 26)));
    const parsed = templateFileTextSchema.parse(text);
    expect(parsed.templates).toEqual([{ name: template.name, description: template.description, fields: template.fields }]);
  });

  it('accepts a hand-written file with only names, a BOM and extra top-level notes', () => {
    const parsed = templateFileTextSchema.parse(`\uFEFF${fileText([{ name: '  Tin ảnh  ' }], { note: 'từ tòa soạn' })}`);
    expect(parsed.templates).toEqual([{ name: 'Tin ảnh', description: '', fields: emptyTemplateFields() }]);
  });

  it('refuses files that are not JSON, not ours or from another version', () => {
    expect(issueOf('{"format": ')).toEqual({ reason: 'templateFileNotJson', path: '' });
    expect(issueOf('[1, 2]')).toEqual({ reason: 'notTemplateFile', path: '' });
    expect(issueOf(JSON.stringify({ format: 'wordpress', version: 1, templates: [] }))).toEqual({ reason: 'notTemplateFile', path: '' });
    expect(issueOf(fileText([{ name: 'A' }], { version: 2 }))).toEqual({ reason: 'templateFileVersion', path: '' });
    expect(issueOf('x'.repeat(TEMPLATE_LIMITS.fileChars + 1))).toEqual({ reason: 'templateFileTooLarge', path: '' });
  });

  it('names the first bad template and field', () => {
    expect(issueOf(fileText([]))).toMatchObject({ path: 'templates' });
    expect(issueOf(fileText([{ name: 'A' }, { name: '   ' }]))).toEqual({ reason: 'required', path: 'templates.1.name' });
    expect(issueOf(fileText([{ name: 'x'.repeat(101) }]))).toEqual({ reason: 'tooLong', path: 'templates.0.name' });
    expect(issueOf(fileText([{ name: 'A', fields: { body: { type: 'doc', content: [FIGURE] } } }]))).toEqual({
      reason: 'templateHasPhotos',
      path: 'templates.0.fields.body',
    });
    expect(issueOf(fileText([{ name: 'A', fields: { sapo: 'lỗi\u0000' } }]))).toEqual({ reason: 'invalidText', path: 'templates.0.fields.sapo' });
    expect(issueOf(fileText([{ name: 'A', id: 'x' }]))).toMatchObject({ path: 'templates.0' });
    expect(issueOf(fileText(Array.from({ length: 101 }, (_, i) => ({ name: `Mẫu ${i}` }))))).toEqual({ reason: 'tooMany', path: 'templates' });
  });
});
