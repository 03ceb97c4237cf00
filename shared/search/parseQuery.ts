import { searchWords } from './searchKeys.ts';

/** One thing to find: a word, or words that must stand together in that order. */
export interface SearchTerm {
  /** As typed (NFC), split the way the index splits text. */
  words: string[];
}

export interface ParsedQuery {
  include: SearchTerm[];
  exclude: SearchTerm[];
}

const TOKEN = /(-?)"([^"]*)("?)|(-?)([^\s"]+)/gu;

/**
 * A search box's text as a newsroom types it: words (all must match), "quoted phrases",
 * and -excluded words or -"phrases". A word holding punctuation ("COVID-19", "15/7")
 * is a phrase of its parts, as the index stores it. An unclosed quote runs to the end.
 */
export function parseQuery(text: string): ParsedQuery {
  const parsed: ParsedQuery = { include: [], exclude: [] };
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    const negated = (match[1] ?? match[4] ?? '') === '-';
    const words = searchWords(match[2] ?? match[5] ?? '').map((word) => word.normalize('NFC'));
    if (words.length === 0) continue;
    (negated ? parsed.exclude : parsed.include).push({ words });
  }
  return parsed;
}

/** Every word the query looks for, for highlighting. */
export function highlightWords(query: ParsedQuery): string[] {
  return query.include.flatMap((term) => term.words);
}
