import type { ArticleStatus } from '../domain/article.ts';
import type { Snippet } from './snippet.ts';

export const SEARCH_SORTS = ['relevance', 'date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchRequest {
  /** Words, "phrases" and -exclusions (parseQuery.ts); empty lists by the filters alone. */
  query: string;
  status?: ArticleStatus[];
  category?: string;
  tag?: string;
  byline?: string;
  /** Last edited at or after / before (ms since epoch). */
  from?: number;
  to?: number;
  sort?: SearchSort;
  scope?: 'library' | 'trash';
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string;
  status: ArticleStatus;
  byline: string;
  category: string;
  updatedAt: number;
  /** Every accented word of the query found with its own accents (tone placement aside). */
  exact: boolean;
  /** The ranking tier: higher is better (exact accents, then title, sapo, anywhere); 0 when sorted by date or not searching words. */
  score: number;
  titleHighlights: [number, number][];
  /** Context from the sapo or the body, or undefined when only the title, byline or tags matched. */
  snippet: Snippet | undefined;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches in all, beyond this page, counted up to a cap. */
  total: number;
  /** The count stopped at its cap: there are more than `total`. */
  totalIsLowerBound: boolean;
}
