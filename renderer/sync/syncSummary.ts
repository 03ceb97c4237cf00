import type { TFunction } from 'i18next';
import type { SyncReport } from '../../shared/domain/site.ts';
import { failureMessage } from './failureMessage.ts';

export interface SyncCounts {
  pushed: number;
  pulled: number;
  uploaded: number;
  tagsCreated: number;
  conflicts: number;
  failures: number;
  remaining: number;
}

const ORDER: (keyof SyncCounts)[] = ['pushed', 'pulled', 'uploaded', 'tagsCreated', 'conflicts', 'failures', 'remaining'];

/** "gửi 2 bài, tải 1 ảnh lên, còn 1 việc chờ": only what happened, zeros left out. */
export function countParts(t: TFunction, counts: SyncCounts): string[] {
  return ORDER.filter((key) => counts[key] > 0).map((key) => t(`sync.summary.${key}`, { count: counts[key] }));
}

export function countsOf(report: SyncReport): SyncCounts {
  return {
    pushed: report.pushed.length,
    pulled: report.pulled.length,
    uploaded: report.uploaded,
    tagsCreated: report.tagsCreated,
    conflicts: report.conflicts.length,
    failures: report.failures.length,
    remaining: report.remaining,
  };
}

/** One or two sentences after "Đồng bộ ngay"; `ok` is false when the reporter should read it. */
export function syncSummary(t: TFunction, report: SyncReport): { text: string; ok: boolean } {
  if (report.siteId === null) return { text: t('errors.reason.noSite'), ok: false };
  if (!report.reachable) {
    // The probe failure says why nothing moved; otherwise the last failure is the one that stopped the pass.
    const failure = report.failures.find((item) => item.kind === 'probe') ?? report.failures.at(-1);
    return { text: failure === undefined ? t('errors.reason.siteUnreachable') : failureMessage(t, failure.error), ok: false };
  }
  const parts = countParts(t, countsOf(report));
  const text = parts.length === 0 ? t('sync.summary.nothing') : t('sync.summary.done', { parts: parts.join(', ') });
  const first = report.failures[0];
  if (first === undefined) return { text, ok: true };
  return { text: `${text} ${t('sync.summary.firstFailure', { reason: failureMessage(t, first.error) })}`, ok: false };
}
