import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../../../shared/domain/articleBody.ts';
import { templateFieldsSchema } from '../../../../../shared/templates/schema.ts';
import { ManualClock, SAMPLE, sequentialIds, tempDir } from '../../../../../tests/support/core.ts';
import { ArticleService } from '../../articles/ArticleService.ts';
import { openDatabase } from '../openDatabase.ts';
import { MIGRATIONS } from './index.ts';
import { templates } from './20261126T0545_templates.ts';

const BEFORE = MIGRATIONS.slice(0, MIGRATIONS.indexOf(templates));

describe('migration 20261126T0545_templates', () => {
  it('applies on a library written before it and keeps every article and revision', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    const old = openDatabase(file, { migrations: BEFORE });
    old
      .prepare(
        `INSERT INTO articles (id, title, sapo, body, byline, category, tags, status, word_count, created_at, updated_at, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', 12, 1, 2, 3)`,
      )
      .run('00000000-0000-4000-8000-000000000001', SAMPLE.title, SAMPLE.sapo, JSON.stringify(docFromPlainText(SAMPLE.body[0])), SAMPLE.byline, 'Thời sự', '["tuyên giáo"]');
    const oldFields = JSON.stringify({ title: 'Bản cũ', sapo: '', body: docFromPlainText('Cũ'), byline: '', category: '', tags: [] });
    old.prepare("INSERT INTO revisions (article_id, kind, created_at, title, word_count, fields) VALUES (?, 'manual', 1, 'Bản cũ', 1, ?)").run('00000000-0000-4000-8000-000000000001', oldFields);
    old.close();

    const db = openDatabase(file);
    const service = new ArticleService(db, new ManualClock(), sequentialIds());
    const article = service.get('00000000-0000-4000-8000-000000000001');
    expect(article).toMatchObject({
      title: SAMPLE.title,
      sapo: SAMPLE.sapo,
      byline: SAMPLE.byline,
      category: 'Thời sự',
      tags: ['tuyên giáo'],
      status: 'submitted',
      wordCount: 12,
      version: 3,
      dateline: '',
      featuredMedia: null,
    });
    const [revision] = service.listRevisions(article.id);
    expect(service.getRevision(article.id, revision?.id ?? -1).fields.title).toBe('Bản cũ');
    // A revision from before the migration has no dateline: restoring it keeps the article's.
    service.update(article.id, { dateline: 'Đông Hà' });
    expect(service.restoreRevision(article.id, revision?.id ?? -1)).toMatchObject({ title: 'Bản cũ', dateline: 'Đông Hà' });
    db.close();
  });

  it('seeds the five templates in the desk order, each a valid template', () => {
    const db = openDatabase(':memory:');
    const rows = db.prepare<[], { id: string; name: string; fields: string; created_at: number }>('SELECT id, name, fields, created_at FROM templates ORDER BY position').all();
    expect(rows.map((row) => row.name)).toEqual(['Tin ngắn', 'Bài viết', 'Phỏng vấn', 'Phóng sự', 'Ảnh']);
    for (const row of rows) {
      const fields: unknown = JSON.parse(row.fields);
      expect(templateFieldsSchema.parse(fields)).toEqual(fields);
      expect(row.created_at).toBe(0);
    }
    db.close();
  });

  it('refuses a featured photo that is not a media hash', () => {
    const db = openDatabase(':memory:');
    const service = new ArticleService(db, new ManualClock(), sequentialIds());
    const { id } = service.create({});
    expect(() => db.prepare('UPDATE articles SET featured_media = ? WHERE id = ?').run('../../etc/passwd', id)).toThrow(/CHECK/);
    db.close();
  });
});
