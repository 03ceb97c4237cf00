import { z } from 'zod';
import type { Article } from '../domain/article.ts';
import type { ArticleSyncInfo, PublishingSettings, SyncLogEntry, SyncReport } from '../domain/site.ts';
import { articleIdSchema } from './articles.ts';

export const syncInputs = {
  /** "Gửi duyệt": status submitted locally now, pending on the site at the next sync. */
  submit: z.strictObject({ id: articleIdSchema }),
  /** "Đồng bộ ngay". */
  now: z.strictObject({}),
  status: z.strictObject({ id: articleIdSchema }),
  states: z.strictObject({}),
  log: z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
  getSettings: z.strictObject({}),
  setSettings: z.strictObject({
    bylineParagraph: z.boolean().optional(),
    imageMaxSide: z.number().int().min(320).max(8192).optional(),
    jpegQuality: z.number().int().min(40).max(100).optional(),
    syncIntervalMinutes: z.number().int().min(0).max(1440).optional(),
  }),
};

type In<K extends keyof typeof syncInputs> = z.input<(typeof syncInputs)[K]>;

export interface SyncApi {
  submit(input: In<'submit'>): Promise<Article>;
  now(input: In<'now'>): Promise<SyncReport>;
  status(input: In<'status'>): Promise<ArticleSyncInfo>;
  states(input: In<'states'>): Promise<ArticleSyncInfo[]>;
  log(input: In<'log'>): Promise<SyncLogEntry[]>;
  getSettings(input: In<'getSettings'>): Promise<PublishingSettings>;
  setSettings(input: In<'setSettings'>): Promise<PublishingSettings>;
}
