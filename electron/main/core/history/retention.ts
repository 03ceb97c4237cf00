import type { RevisionKind } from '../../../../shared/domain/article.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How autosave snapshots thin out as they age; every other kind (named versions, "before
 * restore", submitted, synced, pulled, both sides of a conflict) is kept for good:
 * - the last 24 hours: every snapshot (one per 5 minutes of typing);
 * - up to 7 days: the last one of each hour;
 * - up to 90 days: the last one of each day;
 * - older: the last one of each week.
 * The newest snapshot of an article is always kept. Written down in docs/history.md.
 */
export const RETENTION = [
  { olderThan: 90 * DAY, bucket: 7 * DAY },
  { olderThan: 7 * DAY, bucket: DAY },
  { olderThan: DAY, bucket: HOUR },
] as const;

export interface AgedRevision {
  id: number;
  kind: RevisionKind;
  createdAt: number;
}

function bucketOf(age: number): number | undefined {
  return RETENTION.find((rule) => age >= rule.olderThan)?.bucket;
}

/** The ids of one article's autosave snapshots the policy lets go. */
export function revisionsToThin(revisions: readonly AgedRevision[], now: number): number[] {
  const autos = revisions.filter((revision) => revision.kind === 'auto').sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  const kept = new Set<string>();
  const drop: number[] = [];
  autos.forEach((revision, index) => {
    const bucket = bucketOf(now - revision.createdAt);
    if (bucket === undefined) return;
    // Newest first: the first snapshot met in a bucket is that bucket's last one.
    const key = `${bucket}:${Math.floor(revision.createdAt / bucket)}`;
    if (kept.has(key) && index > 0) drop.push(revision.id);
    else kept.add(key);
  });
  return drop;
}
