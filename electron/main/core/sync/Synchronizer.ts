import type { SyncReport } from '../../../../shared/domain/site.ts';
import { backoffDelay, BACKOFF_CAP_MS } from './backoff.ts';
import { pushArticle } from './ArticlePusher.ts';
import { classifyFailure } from './failure.ts';
import { pull } from './Puller.ts';
import type { SyncContext } from './SyncContext.ts';
import type { OutboxRow } from './SyncRepository.ts';

/** Waiting for a tag or photo created by an earlier row of the same run: check again soon, no backoff. */
const DEPENDENCY_RETRY_MS = 5_000;

async function uploadMedia(context: SyncContext, row: OutboxRow): Promise<void> {
  const hash = String(row.payload.hash ?? '');
  if (context.media.remoteFor(hash, context.site.id) !== undefined) return;
  const variant = await context.media.prepareForUpload(hash, { maxSide: context.settings.imageMaxSide, jpegQuality: context.settings.jpegQuality });
  const remote = await context.client.uploadMedia(variant, {
    alt: typeof row.payload.alt === 'string' ? row.payload.alt : undefined,
    caption: typeof row.payload.caption === 'string' ? row.payload.caption : undefined,
  });
  context.media.recordUpload(hash, context.site.id, { id: remote.id, url: remote.source_url });
  context.report.uploaded += 1;
}

async function createTag(context: SyncContext, row: OutboxRow): Promise<void> {
  const name = String(row.payload.name ?? '');
  if (context.sites.termIdsByName(context.site.id, 'post_tag').has(name.toLocaleLowerCase('vi'))) return;
  const term = await context.client.createTag(name);
  context.sites.addTerm(context.site.id, 'post_tag', term);
  context.report.tagsCreated += 1;
}

async function execute(context: SyncContext, row: OutboxRow): Promise<void> {
  if (row.kind === 'uploadMedia') return uploadMedia(context, row);
  if (row.kind === 'createTag') return createTag(context, row);
  const action = await pushArticle(context, row);
  const link = context.sync.link(row.articleId ?? '');
  if (action !== 'skipped' && link?.remoteId != null) {
    context.report.pushed.push({ articleId: row.articleId ?? '', remoteId: link.remoteId, action });
  }
}

/**
 * Settles one row. On success it is deleted, unless the article changed while its
 * push was in flight (then it runs again). On failure it stays with its error and
 * a backoff; failures the user must fix wait for "Đồng bộ ngay" or the cap.
 */
function settle(context: SyncContext, row: OutboxRow, error: unknown | undefined): boolean {
  const { sync, clock } = context;
  const now = clock.now();
  if (error === undefined) {
    const link = row.articleId === null ? undefined : sync.link(row.articleId);
    if (row.kind === 'pushArticle' && link !== undefined && link.state === 'queued') sync.reschedule(row.id, now, 0, null);
    else sync.complete(row.id);
    return true;
  }
  const classified = classifyFailure(error);
  const dependency = classified.failure.reason === 'dependencyPending';
  const attempts = dependency ? row.attempts : row.attempts + 1;
  const delay = dependency ? DEPENDENCY_RETRY_MS : classified.transient ? backoffDelay(attempts) : BACKOFF_CAP_MS;
  sync.reschedule(row.id, now + delay, attempts, classified.failure);
  if (row.articleId !== null && sync.link(row.articleId) !== undefined && !dependency) {
    const state = sync.link(row.articleId)?.state;
    if (state !== 'conflict') sync.updateLink(row.articleId, { state: classified.transient ? 'queued' : 'error', lastError: classified.failure });
  }
  if (!dependency) {
    context.report.failures.push({ articleId: row.articleId, kind: row.kind, error: classified.failure });
    sync.log({ at: now, siteId: context.site.id, articleId: row.articleId, level: 'error', event: `${row.kind}.failed`, detail: { ...classified.failure, attempts } });
  }
  return !classified.siteGone;
}

/** One pass for one site: drain what is due (tags, then photos, then posts), then pull. */
export async function synchronize(context: SyncContext): Promise<SyncReport> {
  const { sync, clock, site, report } = context;
  report.reachable = true;
  for (const due of sync.due(site.id, clock.now())) {
    const row = sync.outboxRow(due.id);
    if (row === undefined || row.nextAttemptAt > clock.now()) continue;
    let failure: unknown;
    try {
      await execute(context, row);
    } catch (error) {
      failure = error;
    }
    if (!settle(context, row, failure)) {
      report.reachable = false;
      break;
    }
  }
  if (report.reachable) {
    try {
      await pull(context);
    } catch (error) {
      const classified = classifyFailure(error);
      report.reachable = !classified.siteGone;
      report.failures.push({ articleId: null, kind: 'pull', error: classified.failure });
      sync.log({ at: clock.now(), siteId: site.id, articleId: null, level: 'error', event: 'pull.failed', detail: { ...classified.failure } });
    }
  }
  report.remaining = sync.countPending(site.id);
  sync.log({
    at: clock.now(),
    siteId: site.id,
    articleId: null,
    level: report.failures.length > 0 ? 'error' : 'info',
    event: 'sync.finished',
    detail: {
      pushed: report.pushed.length,
      pulled: report.pulled.length,
      uploaded: report.uploaded,
      tagsCreated: report.tagsCreated,
      conflicts: report.conflicts.length,
      failures: report.failures.length,
      remaining: report.remaining,
    },
  });
  return report;
}
