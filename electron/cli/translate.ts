import type { TFunction } from 'i18next';
import { createI18n } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/i18n/languages.ts';

export function cliTranslator(language: Language): TFunction {
  return createI18n(language).t;
}
