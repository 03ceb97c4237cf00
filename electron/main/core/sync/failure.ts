import { AppError } from '../../../../shared/contract/errors.ts';
import type { SyncFailure } from '../../../../shared/domain/site.ts';
import { SiteError } from '../wordpress/SiteError.ts';

/** Network-level failures: the site is gone for now, so the rest of the queue waits too. */
const SITE_GONE = new Set(['siteUnreachable', 'dnsFailure', 'timeout', 'siteDown', 'rateLimited', 'tlsError']);

export interface ClassifiedFailure {
  failure: SyncFailure;
  /** Retry soon with backoff (network, 5xx, waiting for a dependency) rather than wait for the user. */
  transient: boolean;
  siteGone: boolean;
}

export function classifyFailure(error: unknown): ClassifiedFailure {
  if (error instanceof SiteError) {
    return {
      failure: { code: error.code, reason: error.failure, message: error.message },
      transient: error.transient,
      siteGone: SITE_GONE.has(error.failure),
    };
  }
  if (error instanceof AppError) {
    return {
      failure: { code: error.code, reason: error.reason ?? 'unexpected', message: error.message },
      transient: error.reason === 'dependencyPending',
      siteGone: false,
    };
  }
  return {
    failure: { code: 'Internal', reason: 'unexpected', message: error instanceof Error ? error.message : String(error) },
    transient: true,
    siteGone: false,
  };
}
