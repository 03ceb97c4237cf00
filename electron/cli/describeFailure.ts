import type { TFunction } from 'i18next';
import type { ErrorPayload } from '../../shared/contract/errors.ts';
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
