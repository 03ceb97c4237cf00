import type { TFunction } from 'i18next';
import { ERROR_CODES, type ErrorCode } from '../../shared/contract/errors.ts';
import type { SyncFailure } from '../../shared/domain/site.ts';
import { describeError } from '../../shared/i18n/index.ts';

function isErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/**
 * The sentence for a failure stored by the sync engine. Stored failures carry the
 * code as a plain string (they outlive the build that wrote them), so an unknown
 * code falls back to Internal rather than to a raw key.
 */
export function failureMessage(t: TFunction, failure: Pick<SyncFailure, 'code' | 'reason'>): string {
  return describeError(t, { code: isErrorCode(failure.code) ? failure.code : 'Internal', reason: failure.reason });
}

/** A failure as logged in `detail` (untyped JSON), if it looks like one. */
export function failureFromDetail(detail: Record<string, unknown>): Pick<SyncFailure, 'code' | 'reason'> | undefined {
  if (typeof detail.reason !== 'string') return undefined;
  return { code: typeof detail.code === 'string' ? detail.code : 'Internal', reason: detail.reason };
}

const RECONNECT = new Set(['wrongPassword', 'roleTooLow', 'forbidden']);
const RETRIES_BY_ITSELF = new Set([
  'siteUnreachable', 'dnsFailure', 'timeout', 'siteDown', 'rateLimited', 'versionMismatch', 'unexpectedResponse', 'dependencyPending',
]);

/** What the reporter can do about a failure, when the reason sentence alone does not say. */
export function fixFor(t: TFunction, reason: string): string | undefined {
  if (RECONNECT.has(reason)) return t('sync.fix.reconnect');
  if (reason === 'unknownCategory') return t('sync.fix.category');
  if (RETRIES_BY_ITSELF.has(reason)) return t('sync.fix.retry');
  return undefined;
}
