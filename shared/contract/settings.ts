import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages.ts';

export const settingsInputs = {
  getLanguage: z.strictObject({}),
  setLanguage: z.strictObject({ language: z.enum(LANGUAGES) }),
};

type In<K extends keyof typeof settingsInputs> = z.input<(typeof settingsInputs)[K]>;

export interface SettingsApi {
  getLanguage(input: In<'getLanguage'>): Promise<Language>;
  setLanguage(input: In<'setLanguage'>): Promise<Language>;
}
