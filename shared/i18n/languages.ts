export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Vietnamese first: the first newsroom is a Vietnamese provincial paper. */
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
