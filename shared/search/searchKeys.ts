/**
 * The two spellings of every word the search index holds. The folded key ignores every
 * mark and maps đ to d ("Đà" → "da", "hòa" → "hoa"): what an unaccented query matches.
 * The tone key keeps the letters' own marks (â, ơ, ư, đ…) and moves the tone to the end
 * as a digit ("hòa" and "hoà" → "hoa2", "thủy" and "thuỷ" → "thuy3"): the old and new
 * tone placements, and NFD and NFC input, give the same key, so an accented query finds
 * exactly its own word whichever way it was typed. SQLite's `unicode61 remove_diacritics`
 * does neither (it keeps đ, and compares tone placement as typed).
 */

const TONES: Record<string, number> = {
  '\u0301': 1, // sắc
  '\u0300': 2, // huyền
  '\u0309': 3, // hỏi
  '\u0303': 4, // ngã
  '\u0323': 5, // nặng
};
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** The words of a text as the index splits them: letters and digits, marks kept with their letter. */
export function searchWords(text: string): string[] {
  return text.normalize('NFD').match(WORD) ?? [];
}

export function foldedKey(word: string): string {
  return word.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function toneKey(word: string): string {
  const decomposed = word.normalize('NFD').toLowerCase();
  let tone = 0;
  for (const mark of decomposed.match(TONE_MARKS) ?? []) tone = tone === 0 ? (TONES[mark] ?? 0) : tone;
  return `${decomposed.replace(TONE_MARKS, '').normalize('NFC')}${tone}`;
}

/** Whether the word carries any mark or đ: only then does the reporter mean its exact spelling. */
export function hasMarks(word: string): boolean {
  return /\p{M}|đ/iu.test(word.normalize('NFD'));
}

export function foldedText(text: string): string {
  return searchWords(text).map(foldedKey).join(' ');
}

export function toneText(text: string): string {
  return searchWords(text).map(toneKey).join(' ');
}
