import i18next, { type i18n, type Newable, type Module, type TFunction } from 'i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';
import type { ErrorPayload } from '../contract/errors.ts';

export const resources = { vi: { translation: vi }, en: { translation: en } } as const;

/** A ready i18next instance (synchronous: the catalogs are bundled, nothing loads). */
export function createI18n(language: Language = DEFAULT_LANGUAGE, plugins: (Module | Newable<Module>)[] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The sentence a user sees for a failed call: the specific reason when known, else the code. */
export function describeError(t: TFunction, error: Pick<ErrorPayload, 'code' | 'reason' | 'max' | 'min'>): string {
  if (error.reason !== undefined) {
    const key = `errors.reason.${error.reason}`;
    const text = t(key, { max: error.max, min: error.min });
    if (text !== key) return text;
  }
  return t(`errors.code.${error.code}`);
}
