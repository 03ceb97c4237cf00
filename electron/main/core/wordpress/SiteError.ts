import { AppError, type ErrorCode } from '../../../../shared/contract/errors.ts';

/**
 * Why talking to the site failed, as a reason the user can act on (an i18n key
 * under `errors.reason`). `transient` failures are retried by the outbox with
 * backoff; the others wait for the user (wrong password, role too low, …).
 */
export const SITE_FAILURES = {
  siteUnreachable: { code: 'Offline', transient: true },
  dnsFailure: { code: 'Offline', transient: true },
  timeout: { code: 'Offline', transient: true },
  siteDown: { code: 'Offline', transient: true },
  rateLimited: { code: 'Offline', transient: true },
  tlsError: { code: 'Validation', transient: false },
  notWordPress: { code: 'Validation', transient: false },
  restDisabled: { code: 'Validation', transient: false },
  schemeRedirect: { code: 'Validation', transient: false },
  wrongPassword: { code: 'Unauthorized', transient: false },
  passwordNotOnThisDevice: { code: 'Unauthorized', transient: false },
  roleTooLow: { code: 'Unauthorized', transient: false },
  forbidden: { code: 'Unauthorized', transient: false },
  // Only reaches the outbox when the site moved again during a merge: try again shortly.
  versionMismatch: { code: 'Conflict', transient: true },
  remoteNotFound: { code: 'NotFound', transient: false },
  rejectedBySite: { code: 'Validation', transient: false },
  unexpectedResponse: { code: 'Internal', transient: true },
} as const satisfies Record<string, { code: ErrorCode; transient: boolean }>;

export type SiteFailure = keyof typeof SITE_FAILURES;

export class SiteError extends AppError {
  readonly failure: SiteFailure;
  readonly status: number | undefined;
  readonly detail: string | undefined;

  constructor(failure: SiteFailure, message: string, options: { status?: number; detail?: string } = {}) {
    super(SITE_FAILURES[failure].code, message, { reason: failure });
    this.name = 'SiteError';
    this.failure = failure;
    this.status = options.status;
    this.detail = options.detail;
  }

  get transient(): boolean {
    return SITE_FAILURES[this.failure].transient;
  }
}

const NETWORK_CODES: Record<string, SiteFailure> = {
  ECONNREFUSED: 'siteUnreachable',
  ECONNRESET: 'siteUnreachable',
  EPIPE: 'siteUnreachable',
  EHOSTUNREACH: 'siteUnreachable',
  ENETUNREACH: 'siteUnreachable',
  UND_ERR_SOCKET: 'siteUnreachable',
  UND_ERR_CLOSED: 'siteUnreachable',
  ENOTFOUND: 'dnsFailure',
  EAI_AGAIN: 'dnsFailure',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** Turns what `fetch` throws into a SiteError; undici hides the OS code in `cause`. */
export function networkFailure(error: unknown, url: string): SiteError {
  if (error instanceof SiteError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new SiteError('timeout', `timed out: ${url}`);
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause !== undefined && cause !== null; depth++) {
    const code = String((cause as { code?: unknown }).code ?? '');
    if (code in NETWORK_CODES) return new SiteError(NETWORK_CODES[code] ?? 'siteUnreachable', `${code}: ${url}`);
    if (/CERT|SSL|TLS/i.test(code)) return new SiteError('tlsError', `${code}: ${url}`, { detail: code });
    cause = (cause as { cause?: unknown }).cause;
  }
  return new SiteError('siteUnreachable', `network error: ${url}: ${String(error)}`);
}
