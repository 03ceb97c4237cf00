import type { ParsedQuery, SearchTerm } from '../../../../shared/search/parseQuery.ts';
import { foldedKey, hasMarks, toneKey } from '../../../../shared/search/searchKeys.ts';

/** The three indexes of the search migration, best rank first: title, title and sapo, everything. */
export const SEARCH_TABLES = ['search_heads', 'search_leads', 'search_full'] as const;
export type SearchTable = (typeof SEARCH_TABLES)[number];

export interface Tier {
  table: SearchTable;
  match: string;
  /** Higher is better: reported as the hit's score. */
  score: number;
  exact: boolean;
}

export interface MatchPlan {
  /** Best first; a hit may appear in several, and counts at its first. Empty when the query includes nothing. */
  tiers: Tier[];
  /** Every match, in `search_full`: for counting and for sorting by date. */
  all?: string;
  /** What the -words leave out, in `search_full`, scope aside. */
  excluded?: string;
}

// Keys hold only letters and digits (searchKeys.ts), so a quoted phrase of them is safe FTS5 syntax.
const phrase = (keys: readonly string[]) => `"${keys.join(' ').replace(/"/g, '""')}"`;
/** A term is looked up by its accents only when every word of it has some: "Quảng Tri" is half a guess. */
const accented = (term: SearchTerm) => term.words.every(hasMarks);
const term = (value: SearchTerm, exact: boolean) =>
  exact && accented(value) ? `{tones} : ${phrase(value.words.map(toneKey))}` : `{words} : ${phrase(value.words.map(foldedKey))}`;
const every = (terms: readonly SearchTerm[], exact: boolean, scope: string) =>
  `${terms.map((value) => term(value, exact)).join(' AND ')} AND {scope} : ${scope}`;

/**
 * Words typed without quotes ("dai nam") most often mean the name they spell: the same
 * words side by side, in that order, rank above the words found apart.
 */
function asPhrase(query: ParsedQuery): SearchTerm | undefined {
  const words = query.include.flatMap((value) => value.words);
  return query.include.length > 1 ? { words } : undefined;
}

/**
 * The ranking issue 5 asks for: articles holding the accented words with their accents
 * before those that match only folded; within each, the words side by side before the
 * words apart; within each, all in the title, then in title or sapo, then anywhere; and
 * newest edit first (the indexes' rowid order).
 */
export function buildMatch(query: ParsedQuery, scope: 'library' | 'trash'): MatchPlan {
  const plan: MatchPlan = { tiers: [] };
  // An accented -word leaves out that word only ("-lũ" keeps "lu"), as an accented word finds it.
  if (query.exclude.length > 0) plan.excluded = query.exclude.map((value) => term(value, true)).join(' OR ');
  if (query.include.length === 0) return plan;
  const kinds = query.include.some(accented) ? [true, false] : [false];
  const together = asPhrase(query);
  const shapes = together === undefined ? [query.include] : [[together], query.include];
  let score = kinds.length * shapes.length * SEARCH_TABLES.length;
  for (const exact of kinds) {
    for (const terms of shapes) {
      for (const table of SEARCH_TABLES) {
        plan.tiers.push({ table, match: every(terms, exact, scope), score, exact });
        score -= 1;
      }
    }
  }
  plan.all = every(query.include, false, scope);
  return plan;
}
