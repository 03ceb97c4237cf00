/**
 * Text folded for searching, with the way back to the original: find-and-replace
 * compares folded text but must highlight and replace the characters the reporter
 * actually typed, so every folded UTF-16 unit remembers which original characters
 * it came from.
 */
export interface FoldedText {
  /** The folded string that searches compare. */
  readonly text: string;
  /** Per folded unit: where its source character (base + combining marks) starts in the original. */
  readonly starts: readonly number[];
  /** Per folded unit: where that source character ends in the original (exclusive). */
  readonly ends: readonly number[];
}

export interface FoldOptions {
  /** Drop tone and vowel marks ("hòa" → "hoa", "Đà" → "Da"). */
  accents: boolean;
  /** Compare lower-cased. */
  case: boolean;
}

const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}+/gu;

/**
 * One source character, folded. `đ` has no decomposition in Unicode (it is a letter
 * of its own, not d + a mark), so it is mapped by hand; every other Vietnamese
 * letter decomposes under NFD into a base letter and its marks.
 */
function foldCluster(cluster: string, options: FoldOptions): string {
  let text: string;
  if (options.accents) text = cluster.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  // Kept accents are compared composed, so text typed decomposed (some IMEs, pasted NFD) still matches.
  else text = cluster.normalize('NFC');
  return options.case ? text.toLowerCase() : text;
}

/** Characters outside ASCII recur (a Vietnamese text has ~130 distinct letters): fold each once. */
const clusterCache = new Map<string, string>();

function foldClusterCached(cluster: string, options: FoldOptions): string {
  const key = `${options.accents ? 'a' : '-'}${options.case ? 'c' : '-'}${cluster}`;
  let folded = clusterCache.get(key);
  if (folded === undefined) {
    folded = foldCluster(cluster, options);
    // Bounded: a hostile paste full of distinct marks must not grow it forever.
    if (clusterCache.size < 4096) clusterCache.set(key, folded);
  }
  return folded;
}

/** Where the source character starting at `index` ends: its code point plus any combining marks after it. */
function clusterEnd(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  let end = index + (code > 0xffff ? 2 : 1);
  while (end < text.length) {
    const next = text.codePointAt(end) ?? 0;
    if (!COMBINING_MARK.test(String.fromCodePoint(next))) break;
    end += next > 0xffff ? 2 : 1;
  }
  return end;
}

/** Folds `text` as `options` say, keeping the map back to the original positions. */
export function foldText(text: string, options: FoldOptions): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    // ASCII not followed by a combining mark (U+0300 and up) folds to itself or its lower case: the common case, kept cheap.
    if (code < 0x80 && !(next >= 0x300)) {
      folded += options.case && code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : String.fromCharCode(code);
      starts.push(index);
      ends.push(index + 1);
      index++;
      continue;
    }
    const end = clusterEnd(text, index);
    const piece = foldClusterCached(text.slice(index, end), options);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  return { text: folded, starts, ends };
}

/**
 * Vietnamese folded for an accent- and case-insensitive search: marks stripped
 * (NFD), `đ`/`Đ` → `d`, lower case. "hoa" then finds "hòa", "Hoà" and "HOÀ", and
 * both tone placements (hoà / hòa) fold to the same "hoa".
 */
export function foldVietnamese(text: string): FoldedText {
  return foldText(text, { accents: true, case: true });
}

/**
 * The original range `[from, to)` behind folded units `[from, to)`; a match that
 * starts or ends inside one source character's output widens to the whole character,
 * so a replacement never leaves half a letter behind.
 */
export function originalRange(folded: FoldedText, from: number, to: number): { from: number; to: number } {
  if (from >= to) {
    const at = folded.starts[from] ?? folded.ends[folded.ends.length - 1] ?? 0;
    return { from: at, to: at };
  }
  return { from: folded.starts[from] ?? 0, to: folded.ends[to - 1] ?? 0 };
}

/** Every non-overlapping occurrence of `needle` in `folded`, as original ranges, left to right. */
export function findFolded(folded: FoldedText, needle: string): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  if (needle === '') return found;
  let at = folded.text.indexOf(needle);
  while (at !== -1) {
    found.push(originalRange(folded, at, at + needle.length));
    at = folded.text.indexOf(needle, at + needle.length);
  }
  return found;
}
