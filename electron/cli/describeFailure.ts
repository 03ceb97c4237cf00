import type { TFunction } from 'i18next';
import { ERROR_CODES, type ErrorCode, type ErrorPayload } from '../../shared/contract/errors.ts';
import type { SyncFailure } from '../../shared/domain/site.ts';
import { describeError } from '../../shared/i18n/index.ts';

/** Contract field → the editor label a reporter knows and the option they actually typed. */
const FIELD_SOURCES: Record<string, { label: string; option: string }> = {
  title: { label: 'editor.title', option: '--title' },
  sapo: { label: 'editor.sapo', option: '--sapo' },
  byline: { label: 'editor.byline', option: '--byline' },
  category: { label: 'editor.category', option: '--category' },
  tags: { label: 'editor.tags', option: '--tags' },
  body: { label: 'editor.body', option: '--body-file' },
  id: { label: 'cli.columnId', option: 'ID' },
  url: { label: 'sites.url', option: 'URL' },
  username: { label: 'sites.username', option: '--user' },
  appPassword: { label: 'sites.appPassword', option: '--app-password-stdin' },
};

function fieldName(t: TFunction, field: string): string {
  const root = field.split('.')[0] ?? field;
  const source = FIELD_SOURCES[root];
  if (source === undefined) return field;
  const label = t(source.label);
  return label === source.option ? label : `${label} (${source.option})`;
}

/** One translated line for a failed call, naming the field for validation errors. */
export function describeFailure(t: TFunction, error: ErrorPayload): string {
  const message = describeError(t, error);
  if (error.field === undefined) return message;
  return t('cli.field', { name: fieldName(t, error.field), message });
}

function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The sentence for a failure the sync engine stored. Its code is a plain string
 * (stored failures outlive the build that wrote them), so an unknown one reads as Internal.
 */
export function describeSyncFailure(t: TFunction, failure: Pick<SyncFailure, 'code' | 'reason'>): string {
  return describeError(t, { code: isErrorCode(failure.code) ? failure.code : 'Internal', reason: failure.reason });
}
