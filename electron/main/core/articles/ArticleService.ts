import type { Article, ArticleFields, ArticleStatus, ArticleSummary, Revision, RevisionKind, RevisionSummary } from '../../../../shared/domain/article.ts';
import { emptyDoc } from '../../../../shared/domain/articleBody.ts';
import { articleWordCount } from '../../../../shared/domain/wordCount.ts';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { Db } from '../db/Db.ts';
import type { Clock, IdGenerator } from '../ports.ts';
import { ArticleRepository } from './ArticleRepository.ts';

/** Snapshot cadence while a reporter keeps typing: enough to go back a step, not a row per keystroke. */
export const AUTO_REVISION_INTERVAL_MS = 5 * 60 * 1000;

export interface ArticleServiceOptions {
  autoRevisionIntervalMs?: number;
  /**
   * Called inside the transaction of every reporter edit, so an intent to sync
   * (the outbox row) commits or rolls back together with the text it carries.
   */
  onEdited?: (article: Article) => void;
}

export function fieldsOf(article: ArticleFields): ArticleFields {
  const { title, sapo, body, byline, category, tags, dateline, featuredMedia } = article;
  const fields: ArticleFields = { title, sapo, body, byline, category, tags };
  // Left out rather than undefined, so stored JSON and comparisons see the same shape.
  if (dateline !== undefined) fields.dateline = dateline;
  if (featuredMedia !== undefined) fields.featuredMedia = featuredMedia;
  return fields;
}

/**
 * Fields from elsewhere (a pull, a merge, an old revision) may not carry the local-only
 * ones; those keep the article's value instead of being wiped.
 */
function completeFields(current: Article, fields: ArticleFields): Required<ArticleFields> {
  return {
    ...fieldsOf(fields),
    dateline: fields.dateline ?? current.dateline,
    featuredMedia: fields.featuredMedia === undefined ? current.featuredMedia : fields.featuredMedia,
  };
}

function sameFields(a: ArticleFields, b: ArticleFields): boolean {
  return JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));
}

/**
 * The local library's rules. Inputs arrive validated and NFC-normalised (see the
 * contract); every write here is one transaction, so a crash leaves the previous
 * save or the new one, never a mix.
 */
export class ArticleService {
  private readonly db: Db;
  private readonly repo: ArticleRepository;
  private readonly clock: Clock;
  private readonly ids: IdGenerator;
  private readonly autoRevisionIntervalMs: number;
  private onEdited: ((article: Article) => void) | undefined;

  constructor(db: Db, clock: Clock, ids: IdGenerator, options: ArticleServiceOptions = {}) {
    this.db = db;
    this.repo = new ArticleRepository(db);
    this.clock = clock;
    this.ids = ids;
    this.autoRevisionIntervalMs = options.autoRevisionIntervalMs ?? AUTO_REVISION_INTERVAL_MS;
    this.onEdited = options.onEdited;
  }

  /** The sync service is built after this one (it needs it); it subscribes here. */
  setEditListener(listener: (article: Article) => void): void {
    this.onEdited = listener;
  }

  list(scope: 'library' | 'trash'): ArticleSummary[] {
    return this.repo.list(scope);
  }

  get(id: string): Article {
    const article = this.repo.get(id);
    if (article === undefined) throw new AppError('NotFound', `no article ${id}`, { reason: 'articleNotFound' });
    return article;
  }

  create(fields: Partial<ArticleFields>): Article {
    const now = this.clock.now();
    const complete: Required<ArticleFields> = {
      title: fields.title ?? '',
      sapo: fields.sapo ?? '',
      body: fields.body ?? emptyDoc(),
      byline: fields.byline ?? '',
      category: fields.category ?? '',
      tags: fields.tags ?? [],
      dateline: fields.dateline ?? '',
      featuredMedia: fields.featuredMedia ?? null,
    };
    const article: Article = {
      id: this.ids.newId(),
      ...complete,
      status: 'draft',
      wordCount: articleWordCount(complete),
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
      version: 1,
    };
    this.repo.insert(article);
    return article;
  }

  /** Autosave. Also takes a periodic snapshot so long sessions can be stepped back through. */
  update(id: string, changes: Partial<ArticleFields>): Article {
    return this.db
      .transaction(() => {
        const current = this.editable(id);
        const next = completeFields(current, { ...fieldsOf(current), ...changes });
        if (sameFields(current, next)) return current;
        const now = this.clock.now();
        const wordCount = articleWordCount(next);
        this.repo.saveFields(id, next, wordCount, now);
        const lastSnapshot = this.repo.lastRevisionAt(id) ?? current.createdAt;
        if (now - lastSnapshot >= this.autoRevisionIntervalMs) this.repo.insertRevision(id, 'auto', now, next, wordCount);
        const saved = this.get(id);
        this.onEdited?.(saved);
        return saved;
      })
      .immediate();
  }

  /** "Lưu phiên bản": a version kept on purpose, with the reporter's name for it if given. */
  saveRevision(id: string, label = ''): RevisionSummary {
    return this.db
      .transaction(() => {
        const article = this.get(id);
        return this.repo.insertRevision(id, 'manual', this.clock.now(), fieldsOf(article), article.wordCount, label.trim());
      })
      .immediate();
  }

  listRevisions(id: string): RevisionSummary[] {
    this.get(id);
    return this.repo.listRevisions(id);
  }

  getRevision(id: string, revisionId: number): Revision {
    const revision = this.repo.getRevision(id, revisionId);
    if (revision === undefined) throw new AppError('NotFound', `no revision ${revisionId}`, { reason: 'revisionNotFound' });
    return revision;
  }

  /** The current text is snapshotted first, so restoring an old version never loses the newer one. */
  restoreRevision(id: string, revisionId: number): Article {
    return this.db
      .transaction(() => {
        const current = this.editable(id);
        const revision = this.getRevision(id, revisionId);
        const now = this.clock.now();
        this.repo.insertRevision(id, 'beforeRestore', now, fieldsOf(current), current.wordCount);
        this.repo.saveFields(id, completeFields(current, revision.fields), articleWordCount(revision.fields), now);
        const restored = this.get(id);
        this.onEdited?.(restored);
        return restored;
      })
      .immediate();
  }

  /**
   * Text that came from the site (a pull or a merge): stored with a snapshot of
   * the given kind, without calling the edit listener (it is not a local edit).
   */
  replaceFields(id: string, fields: ArticleFields, kind: RevisionKind): Article {
    return this.db
      .transaction(() => {
        const current = this.get(id);
        const complete = completeFields(current, fields);
        if (sameFields(current, complete)) return current;
        const now = this.clock.now();
        const wordCount = articleWordCount(complete);
        this.repo.saveFields(id, complete, wordCount, now);
        this.repo.insertRevision(id, kind, now, complete, wordCount);
        return this.get(id);
      })
      .immediate();
  }

  snapshot(id: string, kind: RevisionKind, fields?: ArticleFields): RevisionSummary {
    const article = this.get(id);
    const snapshotFields = fields ?? fieldsOf(article);
    return this.repo.insertRevision(id, kind, this.clock.now(), snapshotFields, articleWordCount(snapshotFields));
  }

  setStatus(id: string, status: ArticleStatus): Article {
    this.get(id);
    this.repo.setStatus(id, status);
    return this.get(id);
  }

  trash(id: string): ArticleSummary {
    return this.setTrashed(id, this.clock.now());
  }

  restore(id: string): ArticleSummary {
    return this.setTrashed(id, null);
  }

  private setTrashed(id: string, trashedAt: number | null): ArticleSummary {
    return this.db
      .transaction(() => {
        this.get(id);
        this.repo.setTrashed(id, trashedAt);
        const summary = this.repo.summary(id);
        if (summary === undefined) throw new AppError('NotFound', `no article ${id}`, { reason: 'articleNotFound' });
        return summary;
      })
      .immediate();
  }

  /** Edits to a trashed article would be invisible in the library; make the reporter restore it first. */
  private editable(id: string): Article {
    const article = this.get(id);
    if (article.trashedAt !== null) throw new AppError('Conflict', `article ${id} is in the trash`, { reason: 'articleTrashed' });
    return article;
  }
}
