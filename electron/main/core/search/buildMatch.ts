import type { ParsedQuery, SearchTerm } from '../../../../shared/search/parseQuery.ts';
import { foldedKey, hasMarks, toneKey } from '../../../../shared/search/searchKeys.ts';

const FOLDED = '{title sapo body byline tags}';
const TONES = '{title_t sapo_t body_t byline_t tags_t}';

export interface MatchExpressions {
  /** Every article that matches, accents ignored; undefined when nothing is to be included. */
  folded?: string;
  /** The articles whose accented words match with their accents; undefined when the query has none. */
  exact?: string;
  /** With nothing to include, the articles to leave out (the query was only -words). */
  excludeOnly?: string;
}

// Keys hold only letters and digits (searchKeys.ts), so a quoted phrase of them is safe FTS5 syntax.
const phrase = (keys: readonly string[]) => `"${keys.join(' ').replace(/"/g, '""')}"`;
const folded = (term: SearchTerm) => `${FOLDED} : ${phrase(term.words.map(foldedKey))}`;
/** A term is looked up by its accents only when every word of it has some: "Quảng Tri" is half a guess. */
const accented = (term: SearchTerm) => term.words.every(hasMarks);
const exactOrFolded = (term: SearchTerm) => (accented(term) ? `${TONES} : ${phrase(term.words.map(toneKey))}` : folded(term));

/** FTS5 MATCH expressions for a parsed query (see SearchService for how they combine). */
export function buildMatch(query: ParsedQuery): MatchExpressions {
  const exclusion = query.exclude.map(exactOrFolded).join(' OR ');
  const not = exclusion === '' ? '' : ` NOT (${exclusion})`;
  if (query.include.length === 0) return exclusion === '' ? {} : { excludeOnly: exclusion };
  const result: MatchExpressions = { folded: `(${query.include.map(folded).join(' AND ')})${not}` };
  if (query.include.some(accented)) result.exact = `(${query.include.map(exactOrFolded).join(' AND ')})${not}`;
  return result;
}
