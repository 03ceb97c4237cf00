import { foldVietnamese, originalRange } from '../text/fold.ts';
import { foldedKey, hasMarks, toneKey } from './searchKeys.ts';

export interface Snippet {
  text: string;
  /** `[from, to)` in `text`, left to right, not overlapping: the words the query found. */
  highlights: [number, number][];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whole-word occurrences of the words, in original offsets: accents and case ignored, or,
 * with `exact`, an accented word only where it is written with its accents (tone
 * placement aside), as the search matched it.
 */
export function findWords(text: string, words: readonly string[], options: { exact?: boolean } = {}): [number, number][] {
  const folded = foldVietnamese(text);
  const wanted = new Map<string, Set<string> | undefined>();
  for (const word of words) {
    const key = foldedKey(word);
    if (key === '') continue;
    // undefined: any spelling will do; a set: only these tone keys.
    const exactKeys = options.exact === true && hasMarks(word) ? (wanted.get(key) ?? new Set<string>()).add(toneKey(word)) : undefined;
    wanted.set(key, wanted.has(key) && wanted.get(key) === undefined ? undefined : exactKeys);
  }
  const ranges: [number, number][] = [];
  for (const [needle, tones] of wanted) {
    let at = folded.text.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      const before = folded.text[at - 1];
      const after = folded.text[end];
      if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) {
        const { from, to } = originalRange(folded, at, end);
        if (tones === undefined || tones.has(toneKey(text.slice(from, to)))) ranges.push([from, to]);
      }
      at = folded.text.indexOf(needle, end);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges.filter((range, index) => index === 0 || range[0] >= (ranges[index - 1]?.[1] ?? 0));
}

/**
 * A line of context around the first place the words occur, cut at word boundaries and
 * marked with "…" where it was cut. Undefined when the text does not hold any of them.
 */
export function makeSnippet(text: string, words: readonly string[], options: { exact?: boolean; width?: number } = {}): Snippet | undefined {
  const width = options.width ?? 180;
  const found = findWords(text, words, { exact: options.exact === true });
  const first = found[0];
  if (first === undefined) return undefined;
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > first[0] ? start : space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first[1] ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  // Whitespace runs collapse to one space: shift the ranges by what was removed before them.
  const shift = (offset: number) => prefix.length + text.slice(start, offset).replace(/\s+/g, ' ').length;
  const highlights = found.filter(([from, to]) => from >= start && to <= end).map(([from, to]): [number, number] => [shift(from), shift(to)]);
  return { text: `${prefix}${body}${suffix}`, highlights };
}
