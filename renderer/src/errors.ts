import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/contract/client.ts';
import { describeError } from '../../shared/i18n/index.ts';

/** A sentence for any failure: API errors by code and reason, anything else as "unexpected". */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return describeError(t, error);
  return describeError(t, { code: 'Internal', reason: 'unexpected' });
}
