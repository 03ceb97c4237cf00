import type { ArticleFields } from '../../../../shared/domain/article.ts';
import type { ArticleSyncInfo, SyncFailure, SyncLogEntry, SyncState } from '../../../../shared/domain/site.ts';
import type { Db } from '../db/Db.ts';

export type OutboxKind = 'pushArticle' | 'uploadMedia' | 'createTag';

export interface OutboxRow {
  id: number;
  siteId: string;
  articleId: string | null;
  kind: OutboxKind;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  attempts: number;
  nextAttemptAt: number;
  lastError: SyncFailure | null;
  createdAt: number;
}

export interface RemoteLink {
  articleId: string;
  siteId: string;
  clientId: string;
  remoteId: number | null;
  remoteStatus: string | null;
  baseRev: number | null;
  baseModified: string | null;
  baseFields: ArticleFields | null;
  /**
   * What pushes sent since the last answered one (newest last). If an answer was
   * lost, the site may hold exactly one of these: that is our own write, not an edit.
   */
  unconfirmedSends: ArticleFields[];
  syncedVersion: number;
  state: Exclude<SyncState, 'local'>;
  lastError: SyncFailure | null;
  conflict: unknown;
  editorialNote: string;
  link: string;
}

interface LinkRow {
  article_id: string;
  site_id: string;
  client_id: string;
  remote_id: number | null;
  remote_status: string | null;
  base_rev: number | null;
  base_modified: string | null;
  base_fields: string | null;
  sent_fields: string | null;
  synced_version: number;
  state: RemoteLink['state'];
  last_error: string | null;
  conflict: string | null;
  editorial_note: string;
  link: string;
}

interface OutboxDbRow {
  id: number;
  site_id: string;
  article_id: string | null;
  kind: OutboxKind;
  idempotency_key: string;
  payload: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
}

const parse = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

function toLink(row: LinkRow): RemoteLink {
  return {
    articleId: row.article_id,
    siteId: row.site_id,
    clientId: row.client_id,
    remoteId: row.remote_id,
    remoteStatus: row.remote_status,
    baseRev: row.base_rev,
    baseModified: row.base_modified,
    baseFields: parse<ArticleFields>(row.base_fields),
    unconfirmedSends: parse<ArticleFields[]>(row.sent_fields) ?? [],
    syncedVersion: row.synced_version,
    state: row.state,
    lastError: parse<SyncFailure>(row.last_error),
    conflict: parse<unknown>(row.conflict),
    editorialNote: row.editorial_note,
    link: row.link,
  };
}

function toOutbox(row: OutboxDbRow): OutboxRow {
  return {
    id: row.id,
    siteId: row.site_id,
    articleId: row.article_id,
    kind: row.kind,
    idempotencyKey: row.idempotency_key,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: parse<SyncFailure>(row.last_error),
    createdAt: row.created_at,
  };
}

/** Drained first: a post can only point at tags and images that exist on the site. */
const KIND_ORDER = "CASE kind WHEN 'createTag' THEN 0 WHEN 'uploadMedia' THEN 1 ELSE 2 END";

/** SQL for the article↔post links, the outbox and the sync log. */
export class SyncRepository {
  readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  link(articleId: string): RemoteLink | undefined {
    const row = this.db.prepare<[string], LinkRow>('SELECT * FROM article_remote WHERE article_id = ?').get(articleId);
    return row === undefined ? undefined : toLink(row);
  }

  linkByRemote(siteId: string, remoteId: number): RemoteLink | undefined {
    const row = this.db.prepare<[string, number], LinkRow>('SELECT * FROM article_remote WHERE site_id = ? AND remote_id = ?').get(siteId, remoteId);
    return row === undefined ? undefined : toLink(row);
  }

  linksForSite(siteId: string): RemoteLink[] {
    return this.db.prepare<[string], LinkRow>('SELECT * FROM article_remote WHERE site_id = ?').all(siteId).map(toLink);
  }

  createLink(articleId: string, siteId: string, clientId: string): void {
    this.db
      .prepare("INSERT INTO article_remote (article_id, site_id, client_id, state) VALUES (?, ?, ?, 'queued')")
      .run(articleId, siteId, clientId);
  }

  updateLink(articleId: string, changes: Partial<Omit<RemoteLink, 'articleId' | 'siteId' | 'clientId'>>): void {
    const columns: Record<string, unknown> = {};
    if ('remoteId' in changes) columns.remote_id = changes.remoteId;
    if ('remoteStatus' in changes) columns.remote_status = changes.remoteStatus;
    if ('baseRev' in changes) columns.base_rev = changes.baseRev;
    if ('baseModified' in changes) columns.base_modified = changes.baseModified;
    if ('baseFields' in changes) columns.base_fields = changes.baseFields === null ? null : JSON.stringify(changes.baseFields);
    if ('unconfirmedSends' in changes) columns.sent_fields = changes.unconfirmedSends?.length ? JSON.stringify(changes.unconfirmedSends) : null;
    if ('syncedVersion' in changes) columns.synced_version = changes.syncedVersion;
    if ('state' in changes) columns.state = changes.state;
    if ('lastError' in changes) columns.last_error = changes.lastError === null ? null : JSON.stringify(changes.lastError);
    if ('conflict' in changes) columns.conflict = changes.conflict === null ? null : JSON.stringify(changes.conflict);
    if ('editorialNote' in changes) columns.editorial_note = changes.editorialNote;
    if ('link' in changes) columns.link = changes.link;
    const names = Object.keys(columns);
    if (names.length === 0) return;
    this.db
      .prepare(`UPDATE article_remote SET ${names.map((name) => `${name} = @${name}`).join(', ')} WHERE article_id = @articleId`)
      .run({ ...columns, articleId });
  }

  /** One pending row per intent key: a second edit before the push runs changes nothing but the due time. */
  enqueue(row: { siteId: string; articleId: string | null; kind: OutboxKind; key: string; payload?: Record<string, unknown>; dueAt: number; now: number }): void {
    this.db
      .prepare(
        `INSERT INTO outbox (site_id, article_id, kind, idempotency_key, payload, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (idempotency_key) DO UPDATE SET next_attempt_at = min(next_attempt_at, excluded.next_attempt_at)`,
      )
      .run(row.siteId, row.articleId, row.kind, row.key, JSON.stringify(row.payload ?? {}), row.dueAt, row.now);
  }

  due(siteId: string, now: number): OutboxRow[] {
    return this.db
      .prepare<[string, number], OutboxDbRow>(`SELECT * FROM outbox WHERE site_id = ? AND next_attempt_at <= ? ORDER BY ${KIND_ORDER}, id`)
      .all(siteId, now)
      .map(toOutbox);
  }

  outboxRow(id: number): OutboxRow | undefined {
    const row = this.db.prepare<[number], OutboxDbRow>('SELECT * FROM outbox WHERE id = ?').get(id);
    return row === undefined ? undefined : toOutbox(row);
  }

  pendingFor(articleId: string): OutboxRow[] {
    return this.db.prepare<[string], OutboxDbRow>('SELECT * FROM outbox WHERE article_id = ? ORDER BY id').all(articleId).map(toOutbox);
  }

  countPending(siteId?: string): number {
    const row =
      siteId === undefined
        ? this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox').get()
        : this.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM outbox WHERE site_id = ?').get(siteId);
    return row?.n ?? 0;
  }

  complete(id: number): void {
    this.db.prepare('DELETE FROM outbox WHERE id = ?').run(id);
  }

  reschedule(id: number, dueAt: number, attempts: number, error: SyncFailure | null): void {
    this.db
      .prepare('UPDATE outbox SET next_attempt_at = ?, attempts = ?, last_error = ? WHERE id = ?')
      .run(dueAt, attempts, error === null ? null : JSON.stringify(error), id);
  }

  /** "Đồng bộ ngay": everything waiting on backoff becomes due. */
  makeAllDue(siteId: string, now: number): void {
    this.db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE site_id = ? AND next_attempt_at > ?').run(now, siteId, now);
  }

  /**
   * Takes the site's sync lease unless another live holder has it. BEGIN IMMEDIATE
   * takes SQLite's write lock first, so two processes cannot both see it free.
   */
  acquireLease(siteId: string, holder: string, now: number, ttlMs: number): boolean {
    return this.db
      .transaction(() => {
        const current = this.db
          .prepare<[string], { holder: string; expires_at: number }>('SELECT holder, expires_at FROM sync_lease WHERE site_id = ?')
          .get(siteId);
        if (current !== undefined && current.holder !== holder && current.expires_at > now) return false;
        this.db
          .prepare('INSERT INTO sync_lease (site_id, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at')
          .run(siteId, holder, now + ttlMs);
        return true;
      })
      .immediate();
  }

  releaseLease(siteId: string, holder: string): void {
    this.db.prepare('DELETE FROM sync_lease WHERE site_id = ? AND holder = ?').run(siteId, holder);
  }

  log(entry: Omit<SyncLogEntry, 'id'>): void {
    this.db
      .prepare('INSERT INTO sync_log (at, site_id, article_id, level, event, detail) VALUES (?, ?, ?, ?, ?, ?)')
      .run(entry.at, entry.siteId, entry.articleId, entry.level, entry.event, JSON.stringify(entry.detail));
  }

  recentLog(limit: number): SyncLogEntry[] {
    return this.db
      .prepare<[number], { id: number; at: number; site_id: string | null; article_id: string | null; level: 'info' | 'error'; event: string; detail: string }>(
        'SELECT * FROM sync_log ORDER BY id DESC LIMIT ?',
      )
      .all(limit)
      .map((row) => ({
        id: row.id,
        at: row.at,
        siteId: row.site_id,
        articleId: row.article_id,
        level: row.level,
        event: row.event,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      }));
  }

  info(articleId: string): ArticleSyncInfo {
    const link = this.link(articleId);
    if (link === undefined) {
      return { articleId, state: 'local', siteId: null, remoteId: null, remoteStatus: null, link: '', editorialNote: '', error: null, pendingIntents: 0 };
    }
    return {
      articleId,
      state: link.state,
      siteId: link.siteId,
      remoteId: link.remoteId,
      remoteStatus: link.remoteStatus,
      link: link.link,
      editorialNote: link.editorialNote,
      error: link.lastError,
      pendingIntents: this.pendingFor(articleId).length,
    };
  }

  allInfo(): ArticleSyncInfo[] {
    return this.db
      .prepare<[], { article_id: string }>('SELECT article_id FROM article_remote')
      .all()
      .map((row) => this.info(row.article_id));
  }
}
