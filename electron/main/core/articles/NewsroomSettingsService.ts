import { z } from 'zod';
import { newsroomSettingsChanges } from '../../../../shared/contract/newsroom.ts';
import { DEFAULT_NEWSROOM, type NewsroomSettings } from '../../../../shared/domain/article.ts';
import type { SettingsStore } from '../settings/SettingsStore.ts';

export type NewsroomChanges = z.output<typeof newsroomSettingsChanges>;

const shape = newsroomSettingsChanges.shape;

/** One stored value if it still passes the contract's rules, else the default: a hand-edited file never stops the editor. */
function valid<T>(schema: z.ZodType<T | undefined>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success && parsed.data !== undefined ? parsed.data : fallback;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The newsroom's house rules (soft limits, source prefix, default pen name), kept in
 * the settings file beside the language, field by field so one bad value costs only itself.
 */
export class NewsroomSettingsService {
  private readonly settings: SettingsStore;

  constructor(settings: SettingsStore) {
    this.settings = settings;
  }

  get(): NewsroomSettings {
    const stored = record(this.settings.get('newsroom'));
    const typography = record(stored.typography);
    const bool = z.boolean().optional();
    return {
      titleMaxChars: valid(shape.titleMaxChars, stored.titleMaxChars, DEFAULT_NEWSROOM.titleMaxChars),
      sapoMaxWords: valid(shape.sapoMaxWords, stored.sapoMaxWords, DEFAULT_NEWSROOM.sapoMaxWords),
      sourcePrefix: valid(shape.sourcePrefix, stored.sourcePrefix, DEFAULT_NEWSROOM.sourcePrefix),
      defaultByline: valid(shape.defaultByline, stored.defaultByline, DEFAULT_NEWSROOM.defaultByline),
      typography: {
        curlyQuotes: valid(bool, typography.curlyQuotes, DEFAULT_NEWSROOM.typography.curlyQuotes),
        ellipsis: valid(bool, typography.ellipsis, DEFAULT_NEWSROOM.typography.ellipsis),
      },
    };
  }

  /** Changes what it is given (validated by the contract) and returns the whole result. */
  set(changes: NewsroomChanges): NewsroomSettings {
    const current = this.get();
    const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
    const { typography, ...rest } = changes;
    const next: NewsroomSettings = {
      ...current,
      ...defined(rest),
      typography: { ...current.typography, ...defined(typography ?? {}) },
    };
    this.settings.set('newsroom', next);
    return next;
  }
}
