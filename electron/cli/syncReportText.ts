import type { TFunction } from 'i18next';
import type { SyncReport } from '../../shared/domain/site.ts';
import { describeSyncFailure } from './describeFailure.ts';
import { formatTable } from './format.ts';

export interface SyncReportText {
  /** What moved: a sentence, one row per article, the outbox count. */
  out: string[];
  /** One line per failure, for stderr: the sync failed if there is any. */
  err: string[];
}

const OUTBOX_KINDS = new Set(['pushArticle', 'uploadMedia', 'createTag']);

function failureLine(t: TFunction, failure: SyncReport['failures'][number], name: (id: string | null) => string): string {
  const reason = describeSyncFailure(t, failure.error);
  // The probe and the pull concern the whole site; the app's sync log words them the same way.
  if (failure.kind === 'probe') return t('sync.log.event.unreachable', { reason });
  if (failure.kind === 'pull') return t('sync.log.event.pullFailed', { reason });
  const kind = OUTBOX_KINDS.has(failure.kind) ? failure.kind : 'other';
  return t(`cli.sync.failed.${kind}`, { title: name(failure.articleId), reason });
}

/** The sentence the app shows after "Đồng bộ ngay", without the outbox count (it gets its own line). */
function summary(t: TFunction, report: SyncReport): string {
  const counts: [string, number][] = [
    ['pushed', report.pushed.length],
    ['pulled', report.pulled.filter((item) => item.action !== 'conflict').length],
    ['uploaded', report.uploaded],
    ['tagsCreated', report.tagsCreated],
    ['conflicts', report.conflicts.length],
    ['failures', report.failures.length],
  ];
  const parts = counts.filter(([, count]) => count > 0).map(([key, count]) => t(`sync.summary.${key}`, { count }));
  return parts.length === 0 ? t('sync.summary.nothing') : t('sync.summary.done', { parts: parts.join(', ') });
}

/** A sync report for people; `titles` maps article ids to titles where they could be read. */
export function syncReportText(t: TFunction, report: SyncReport, titles: ReadonlyMap<string, string>): SyncReportText {
  const name = (id: string | null): string => (id === null ? '' : titles.get(id) ?? id);
  const rows: string[][] = [];
  for (const item of report.pushed) {
    rows.push([t('cli.sync.pushed'), t(`cli.sync.action.${item.action}`), `#${item.remoteId}`, name(item.articleId)]);
  }
  for (const item of report.pulled) {
    if (item.action === 'conflict') continue;
    rows.push([t('cli.sync.pulled'), t(`cli.sync.action.${item.action}`), `#${item.remoteId}`, name(item.articleId)]);
  }
  for (const id of new Set(report.conflicts)) {
    const remoteId = report.pulled.find((item) => item.articleId === id)?.remoteId ?? report.pushed.find((item) => item.articleId === id)?.remoteId;
    rows.push([t('sync.state.conflict'), '', remoteId === undefined ? '' : `#${remoteId}`, name(id)]);
  }
  const out: string[] = [];
  // Unreachable: nothing moved, and the failure line already says so.
  if (report.reachable) out.push(summary(t, report), ...formatTable(rows).map((line) => `  ${line}`));
  out.push(t('cli.sync.remaining', { count: report.remaining }));
  const err = report.failures.map((failure) => failureLine(t, failure, name));
  if (!report.reachable && err.length === 0) err.push(t('sync.log.event.unreachable', { reason: t('errors.reason.siteUnreachable') }));
  return { out, err };
}
