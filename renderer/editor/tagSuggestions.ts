import { parseTags } from './tags.ts';

/** A datalist this long is already more than anyone scrolls; a site can have thousands of tags. */
export const MAX_SUGGESTIONS = 30;

/** Accent- and case-insensitive, as reporters type on phones without tone marks ("giao duc" finds "Giáo dục"). */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLocaleLowerCase('vi')
    .trim();
}

/**
 * Suggestions for the tag being typed in a comma-separated field. A <datalist>
 * completes the whole input value, so each option repeats what comes before the
 * last comma followed by a suggested tag: picking one completes only the last tag.
 */
export function tagSuggestions(text: string, known: readonly string[]): string[] {
  const comma = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'));
  const done = comma < 0 ? '' : text.slice(0, comma + 1);
  const prefix = done === '' ? '' : `${done.trimEnd()} `;
  const fragment = foldForMatch(text.slice(comma + 1));
  const chosen = new Set(parseTags(done).map(foldForMatch));
  const out: string[] = [];
  for (const tag of known) {
    const folded = foldForMatch(tag);
    if (chosen.has(folded) || (fragment !== '' && !folded.includes(fragment))) continue;
    out.push(`${prefix}${tag}`);
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out;
}
