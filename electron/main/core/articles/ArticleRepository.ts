import type { Article, ArticleFields, ArticleStatus, ArticleSummary, Revision, RevisionKind, RevisionSummary } from '../../../../shared/domain/article.ts';
import type { BodyDoc } from '../../../../shared/domain/articleBody.ts';
import type { Db } from '../db/Db.ts';

export interface ArticleRow {
  id: string;
  title: string;
  sapo: string;
  body: string;
  byline: string;
  category: string;
  tags: string;
  dateline: string;
  featured_media: string | null;
  status: ArticleStatus;
  word_count: number;
  created_at: number;
  updated_at: number;
  trashed_at: number | null;
  version: number;
}

type SummaryRow = Pick<ArticleRow, 'id' | 'title' | 'status' | 'word_count' | 'updated_at' | 'trashed_at' | 'byline' | 'category'>;

interface RevisionRow {
  id: number;
  article_id: string;
  kind: RevisionKind;
  created_at: number;
  title: string;
  word_count: number;
  fields: string;
  label: string;
}

function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    title: row.title,
    sapo: row.sapo,
    body: JSON.parse(row.body) as BodyDoc,
    byline: row.byline,
    category: row.category,
    tags: JSON.parse(row.tags) as string[],
    dateline: row.dateline,
    featuredMedia: row.featured_media,
    status: row.status,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    version: row.version,
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    byline: row.byline,
    category: row.category,
  };
}

function toRevisionSummary(row: Omit<RevisionRow, 'fields'>): RevisionSummary {
  return { id: row.id, articleId: row.article_id, kind: row.kind, createdAt: row.created_at, title: row.title, wordCount: row.word_count, label: row.label };
}

const SUMMARY_COLUMNS = 'id, title, status, word_count, updated_at, trashed_at, byline, category';

/** SQL for articles and their revisions; no rules here, the service owns those. */
export class ArticleRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  insert(article: Article): void {
    this.db
      .prepare(
        `INSERT INTO articles (id, title, sapo, body, byline, category, tags, dateline, featured_media, status, word_count, created_at, updated_at, trashed_at, version)
         VALUES (@id, @title, @sapo, @body, @byline, @category, @tags, @dateline, @featuredMedia, @status, @wordCount, @createdAt, @updatedAt, @trashedAt, @version)`,
      )
      .run({ ...article, body: JSON.stringify(article.body), tags: JSON.stringify(article.tags) });
  }

  get(id: string): Article | undefined {
    const row = this.db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
    return row === undefined ? undefined : toArticle(row);
  }

  summary(id: string): ArticleSummary | undefined {
    const row = this.db.prepare<[string], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE id = ?`).get(id);
    return row === undefined ? undefined : toSummary(row);
  }

  list(scope: 'library' | 'trash'): ArticleSummary[] {
    const where = scope === 'trash' ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL';
    return this.db
      .prepare<[], SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles WHERE ${where} ORDER BY updated_at DESC, id`)
      .all()
      .map(toSummary);
  }

  saveFields(id: string, fields: Required<ArticleFields>, wordCount: number, updatedAt: number): void {
    this.db
      .prepare(
        `UPDATE articles SET title = @title, sapo = @sapo, body = @body, byline = @byline, category = @category,
           tags = @tags, dateline = @dateline, featured_media = @featuredMedia,
           word_count = @wordCount, updated_at = @updatedAt, version = version + 1
         WHERE id = @id`,
      )
      .run({ ...fields, id, wordCount, updatedAt, body: JSON.stringify(fields.body), tags: JSON.stringify(fields.tags) });
  }

  setStatus(id: string, status: ArticleStatus): void {
    this.db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(status, id);
  }

  setTrashed(id: string, trashedAt: number | null): void {
    this.db.prepare('UPDATE articles SET trashed_at = ? WHERE id = ?').run(trashedAt, id);
  }

  insertRevision(articleId: string, kind: RevisionKind, createdAt: number, fields: ArticleFields, wordCount: number, label = ''): RevisionSummary {
    const result = this.db
      .prepare('INSERT INTO revisions (article_id, kind, created_at, title, word_count, fields, label) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(articleId, kind, createdAt, fields.title, wordCount, JSON.stringify(fields), label);
    return { id: Number(result.lastInsertRowid), articleId, kind, createdAt, title: fields.title, wordCount, label };
  }

  lastRevisionAt(articleId: string): number | undefined {
    const row = this.db
      .prepare<[string], { at: number | null }>('SELECT max(created_at) AS at FROM revisions WHERE article_id = ?')
      .get(articleId);
    return row?.at ?? undefined;
  }

  listRevisions(articleId: string): RevisionSummary[] {
    return this.db
      .prepare<[string], Omit<RevisionRow, 'fields'>>(
        'SELECT id, article_id, kind, created_at, title, word_count, label FROM revisions WHERE article_id = ? ORDER BY created_at DESC, id DESC',
      )
      .all(articleId)
      .map(toRevisionSummary);
  }

  getRevision(articleId: string, revisionId: number): Revision | undefined {
    const row = this.db
      .prepare<[number, string], RevisionRow>('SELECT * FROM revisions WHERE id = ? AND article_id = ?')
      .get(revisionId, articleId);
    if (row === undefined) return undefined;
    return { ...toRevisionSummary(row), fields: JSON.parse(row.fields) as ArticleFields };
  }
}
