import type { RevisionKind } from '../../../../shared/domain/article.ts';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { Db } from '../db/Db.ts';
import type { Clock } from '../ports.ts';
import { revisionsToThin } from './retention.ts';

/** Trashed articles are deleted for good this long after they were trashed. */
export const TRASH_DAYS = 30;
const DAY = 24 * 3_600_000;

export interface MaintenanceReport {
  thinned: number;
  purged: number;
}

/**
 * What the library does to itself: thinning old autosave snapshots (retention.ts) and
 * emptying the trash, by hand or 30 days after an article went in. Each step is one
 * transaction; a purged article takes its history and sync bookkeeping with it (FK cascade).
 */
export class HistoryService {
  private readonly db: Db;
  private readonly clock: Clock;

  constructor(db: Db, clock: Clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Run when the library opens: cheap when there is nothing to do. */
  maintain(): MaintenanceReport {
    return { thinned: this.thin(), purged: this.purgeExpired() };
  }

  thin(): number {
    const now = this.clock.now();
    return this.db
      .transaction(() => {
        // Only articles with autosaves old enough to thin are read.
        const candidates = this.db
          .prepare<[number], { article_id: string }>("SELECT DISTINCT article_id FROM revisions WHERE kind = 'auto' AND created_at < ?")
          .all(now - DAY);
        const list = this.db.prepare<[string], { id: number; kind: RevisionKind; created_at: number }>(
          "SELECT id, kind, created_at FROM revisions WHERE article_id = ? AND kind = 'auto'",
        );
        const drop = this.db.prepare('DELETE FROM revisions WHERE id = ?');
        let thinned = 0;
        for (const { article_id: articleId } of candidates) {
          const ids = revisionsToThin(list.all(articleId).map((row) => ({ id: row.id, kind: row.kind, createdAt: row.created_at })), now);
          for (const id of ids) thinned += drop.run(id).changes;
        }
        return thinned;
      })
      .immediate();
  }

  purgeExpired(): number {
    const cutoff = this.clock.now() - TRASH_DAYS * DAY;
    return this.db.prepare('DELETE FROM articles WHERE trashed_at IS NOT NULL AND trashed_at < ?').run(cutoff).changes;
  }

  /** One trashed article, for good. */
  purge(id: string): { purged: number } {
    return this.db
      .transaction(() => {
        const row = this.db.prepare<[string], { trashed_at: number | null }>('SELECT trashed_at FROM articles WHERE id = ?').get(id);
        if (row === undefined) throw new AppError('NotFound', `no article ${id}`, { reason: 'articleNotFound' });
        if (row.trashed_at === null) throw new AppError('Validation', 'not in the trash', { reason: 'notInTrash' });
        return { purged: this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes };
      })
      .immediate();
  }

  emptyTrash(): { purged: number } {
    return { purged: this.db.prepare('DELETE FROM articles WHERE trashed_at IS NOT NULL').run().changes };
  }
}
