import { describe, expect, it } from 'vitest';
import { docFromPlainText, docToPlainText } from '../../../../shared/domain/articleBody.ts';
import { AppError } from '../../../../shared/contract/errors.ts';
import { ManualClock, SAMPLE, sequentialIds } from '../../../../tests/support/core.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { ArticleService } from './ArticleService.ts';

function setup() {
  const db = openDatabase(':memory:');
  const clock = new ManualClock();
  const service = new ArticleService(db, clock, sequentialIds(), { autoRevisionIntervalMs: 60_000 });
  return { db, clock, service };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code}/${error.reason}` : String(error);
  }
  return undefined;
}

describe('ArticleService', () => {
  it('creates a draft with a word count of lead plus body', () => {
    const { service, clock } = setup();
    const article = service.create({ title: SAMPLE.title, sapo: SAMPLE.sapo, body: docFromPlainText(SAMPLE.body.join('\n\n')) });
    expect(article).toMatchObject({ status: 'draft', createdAt: clock.now(), updatedAt: clock.now(), trashedAt: null, version: 1 });
    expect(article.wordCount).toBe(21 + 12 + 16);
    expect(service.get(article.id)).toEqual(article);
    expect(service.list('library').map((item) => item.id)).toEqual([article.id]);
  });

  it('autosaves changed fields, bumps the version and keeps untouched fields', () => {
    const { service, clock } = setup();
    const created = service.create({ title: 'Nháp', byline: SAMPLE.byline });
    clock.advance(1_000);
    const saved = service.update(created.id, { title: SAMPLE.title, tags: ['tuyên giáo'] });
    expect(saved).toMatchObject({ title: SAMPLE.title, byline: SAMPLE.byline, tags: ['tuyên giáo'], version: 2, updatedAt: created.updatedAt + 1_000 });
    // Saving the same text again is not a change.
    clock.advance(1_000);
    expect(service.update(created.id, { title: SAMPLE.title }).version).toBe(2);
  });

  it('takes an automatic snapshot at most once per interval while typing', () => {
    const { service, clock } = setup();
    const { id } = service.create({});
    for (let i = 1; i <= 30; i++) {
      clock.advance(10_000);
      service.update(id, { title: `Bản ${i}` });
    }
    // 300 s of typing with a 60 s interval: one snapshot per minute.
    const revisions = service.listRevisions(id);
    expect(revisions.map((revision) => revision.kind)).toEqual(['auto', 'auto', 'auto', 'auto', 'auto']);
    expect(revisions[0]?.title).toBe('Bản 30');
  });

  it('restores a revision after snapshotting the current text', () => {
    const { service, clock } = setup();
    const { id } = service.create({ title: 'Một', body: docFromPlainText('Đoạn một') });
    const first = service.saveRevision(id);
    clock.advance(1_000);
    service.update(id, { title: 'Hai', body: docFromPlainText('Đoạn hai') });
    clock.advance(1_000);
    const restored = service.restoreRevision(id, first.id);
    expect(restored.title).toBe('Một');
    expect(docToPlainText(restored.body)).toBe('Đoạn một');
    const [latest] = service.listRevisions(id);
    expect(latest?.kind).toBe('beforeRestore');
    expect(service.getRevision(id, latest?.id ?? -1).fields.title).toBe('Hai');
  });

  it('moves to trash and back without losing anything, and refuses edits while trashed', () => {
    const { service } = setup();
    const { id } = service.create({ title: SAMPLE.title });
    service.trash(id);
    expect(service.list('library')).toEqual([]);
    expect(service.list('trash').map((item) => item.title)).toEqual([SAMPLE.title]);
    expect(codeOf(() => service.update(id, { title: 'x' }))).toBe('Conflict/articleTrashed');
    service.restore(id);
    expect(service.get(id)).toMatchObject({ title: SAMPLE.title, trashedAt: null });
  });

  it('keeps the dateline and featured photo when text from the site does not carry them', () => {
    const { service, clock } = setup();
    const { id } = service.create({ title: 'Một', dateline: 'Hướng Hóa', featuredMedia: 'e'.repeat(64) });
    clock.advance(1_000);
    // A pulled post: the synced fields only, as postToFields returns them today.
    const pulled = service.replaceFields(id, { title: 'Hai', sapo: '', body: docFromPlainText('Đoạn'), byline: '', category: '', tags: [] }, 'pulled');
    expect(pulled).toMatchObject({ title: 'Hai', dateline: 'Hướng Hóa', featuredMedia: 'e'.repeat(64), version: 2 });
    // The same text again is no change: no new version, no new revision.
    const again = service.replaceFields(id, { title: 'Hai', sapo: '', body: docFromPlainText('Đoạn'), byline: '', category: '', tags: [] }, 'pulled');
    expect(again.version).toBe(2);
    expect(service.listRevisions(id)).toHaveLength(1);
    expect(service.getRevision(id, service.listRevisions(id)[0]?.id ?? -1).fields).toMatchObject({ dateline: 'Hướng Hóa' });
  });

  it('reports unknown ids as NotFound', () => {
    const { service } = setup();
    const missing = '00000000-0000-4000-8000-00000000ffff';
    expect(codeOf(() => service.get(missing))).toBe('NotFound/articleNotFound');
    expect(codeOf(() => service.update(missing, { title: 'x' }))).toBe('NotFound/articleNotFound');
    expect(codeOf(() => service.trash(missing))).toBe('NotFound/articleNotFound');
  });
});
