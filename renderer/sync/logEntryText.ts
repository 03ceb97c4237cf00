import type { TFunction } from 'i18next';
import type { SyncLogEntry } from '../../shared/domain/site.ts';
import { failureFromDetail, failureMessage } from './failureMessage.ts';
import { countParts, type SyncCounts } from './syncSummary.ts';

const FAILED_KINDS: Record<string, string> = {
  'pushArticle.failed': 'sync.log.event.pushArticleFailed',
  'uploadMedia.failed': 'sync.log.event.uploadMediaFailed',
  'createTag.failed': 'sync.log.event.createTagFailed',
};

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** A log entry as a sentence a reporter can read; the detail is untyped JSON, so every field is checked. */
export function logEntryText(t: TFunction, entry: SyncLogEntry): string {
  const { detail } = entry;
  const failure = failureFromDetail(detail);
  const reason = failure === undefined ? '' : failureMessage(t, failure);
  switch (entry.event) {
    case 'article.submitted':
      return t('sync.log.event.submitted');
    case 'sync.finished': {
      const counts: SyncCounts = {
        pushed: count(detail.pushed),
        pulled: count(detail.pulled),
        uploaded: count(detail.uploaded),
        tagsCreated: count(detail.tagsCreated),
        conflicts: count(detail.conflicts),
        failures: count(detail.failures),
        remaining: count(detail.remaining),
      };
      const parts = countParts(t, counts);
      return parts.length === 0 ? t('sync.log.event.finishedNothing') : t('sync.log.event.finished', { parts: parts.join(', ') });
    }
    case 'sync.unreachable':
      return t('sync.log.event.unreachable', { reason });
    case 'pull.failed':
      return t('sync.log.event.pullFailed', { reason });
    default: {
      const key = FAILED_KINDS[entry.event];
      if (key !== undefined) return t(key, { reason, attempts: count(detail.attempts) || 1 });
      return t('sync.log.event.other', { event: entry.event });
    }
  }
}
