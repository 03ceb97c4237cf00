import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/contract/client.ts';
import { errorMessage } from '../src/errors.ts';

/** Reasons only template calls give; their sentences live in `templates.errors`. */
const TEMPLATE_REASONS = new Set([
  'templateNotFound',
  'templateNameTaken',
  'templateFileNotJson',
  'notTemplateFile',
  'templateFileVersion',
  'templateFileTooLarge',
  'templateHasPhotos',
]);

/**
 * A sentence for a failed template call. Problems inside an import file name the
 * template ("Mẫu thứ 2: Quá dài…"), read from the field path `text.templates.<i>.…`.
 */
export function templateErrorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(t, error);
  const reason = error.reason !== undefined && TEMPLATE_REASONS.has(error.reason) ? t(`templates.errors.${error.reason}`) : errorMessage(t, error);
  const index = /^text\.templates\.(\d+)\b/.exec(error.field ?? '')?.[1];
  return index === undefined ? reason : t('templates.errors.where', { n: Number(index) + 1, reason });
}
