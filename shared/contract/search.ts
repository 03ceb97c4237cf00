import { z } from 'zod';
import { ARTICLE_STATUSES } from '../domain/article.ts';
import { SEARCH_SORTS, type SearchResult } from '../search/searchTypes.ts';
import { safeText } from '../text/safeText.ts';

const time = z.number().int().min(0).max(8.64e15);

export const searchInputs = {
  query: z.strictObject({
    query: safeText(500),
    status: z.array(z.enum(ARTICLE_STATUSES)).max(ARTICLE_STATUSES.length).optional(),
    category: safeText(200).optional(),
    tag: safeText(100).optional(),
    byline: safeText(200).optional(),
    from: time.optional(),
    to: time.optional(),
    sort: z.enum(SEARCH_SORTS).optional(),
    scope: z.enum(['library', 'trash']).optional(),
    limit: z.number().int().min(1).max(200).optional(),
    offset: z.number().int().min(0).max(1_000_000).optional(),
  }),
  rebuild: z.strictObject({}),
};

type In<K extends keyof typeof searchInputs> = z.input<(typeof searchInputs)[K]>;

export interface SearchApi {
  query(input: In<'query'>): Promise<SearchResult>;
  /** Rebuilds the whole index from the library; the triggers keep it current otherwise. */
  rebuild(input: In<'rebuild'>): Promise<{ articles: number; ms: number }>;
}
