/**
 * Newsroom word count. Vietnamese is written one syllable per space-separated token
 * ("tuyên giáo" is two), and Vietnamese desks count those tokens, so this counts
 * whitespace-separated runs that contain at least one letter or digit: a lone
 * dash or bullet is not a word.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}
