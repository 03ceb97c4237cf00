import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../shared/i18n/index.ts';
import type { Language } from '../../shared/i18n/languages.ts';

/** The same catalogs main and the CLI use, wired into React. */
export function createRendererI18n(language: Language) {
  return createI18n(language, [initReactI18next]);
}

export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}
