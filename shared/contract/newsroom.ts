import { z } from 'zod';
import { LIMITS, NEWSROOM_BOUNDS, type NewsroomSettings } from '../domain/article.ts';
import { safeText } from '../text/safeText.ts';
import { isSourceCode } from '../templates/sourcePrefix.ts';

const whole = (bounds: { min: number; max: number }) => z.number().int().min(bounds.min).max(bounds.max);

/** Every newsroom setting, each optional: `setSettings` changes what it is given. */
export const newsroomSettingsChanges = z.strictObject({
  titleMaxChars: whole(NEWSROOM_BOUNDS.titleMaxChars).optional(),
  sapoMaxWords: whole(NEWSROOM_BOUNDS.sapoMaxWords).optional(),
  sourcePrefix: safeText(64)
    .transform((value) => value.trim())
    .refine(isSourceCode, { params: { reason: 'invalidSourcePrefix' } })
    .optional(),
  defaultByline: safeText(LIMITS.byline)
    .transform((value) => value.trim())
    .optional(),
  typography: z.strictObject({ curlyQuotes: z.boolean().optional(), ellipsis: z.boolean().optional() }).optional(),
});

export const newsroomInputs = {
  getSettings: z.strictObject({}),
  setSettings: newsroomSettingsChanges,
};

type In<K extends keyof typeof newsroomInputs> = z.input<(typeof newsroomInputs)[K]>;

/** The newsroom's house rules on this laptop: soft limits, source prefix, default pen name. */
export interface NewsroomApi {
  getSettings(input: In<'getSettings'>): Promise<NewsroomSettings>;
  setSettings(input: In<'setSettings'>): Promise<NewsroomSettings>;
}
