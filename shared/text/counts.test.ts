import { describe, expect, it } from 'vitest';
import { addCounts, countText, NO_COUNTS, READING_WORDS_PER_MINUTE, readingMinutes } from './counts.ts';

describe('countText', () => {
  it('counts Vietnamese syllables as words and characters with and without spaces', () => {
    expect(countText('Quảng Trị mưa lớn')).toEqual({ words: 4, characters: 17, charactersNoSpaces: 14 });
  });

  it('does not count line breaks as characters, nor lone punctuation as words', () => {
    expect(countText('Một.\n\nHai – ba')).toEqual({ words: 3, characters: 12, charactersNoSpaces: 10 });
  });

  it('counts a character outside the BMP once and a no-break space as a space', () => {
    expect(countText('Ảnh 📷\u00a0đẹp')).toEqual({ words: 2, characters: 9, charactersNoSpaces: 7 });
  });

  it('counts nothing in empty or blank text', () => {
    expect(countText('')).toEqual(NO_COUNTS);
    expect(countText(' \n\t')).toEqual({ words: 0, characters: 2, charactersNoSpaces: 0 });
  });

  it('adds the counts of parts', () => {
    expect(addCounts(countText('Sapo ngắn'), countText('Thân bài'))).toEqual({ words: 4, characters: 17, charactersNoSpaces: 15 });
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes at 250 words a minute', () => {
    expect(READING_WORDS_PER_MINUTE).toBe(250);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(250)).toBe(1);
    expect(readingMinutes(251)).toBe(2);
    expect(readingMinutes(1_200)).toBe(5);
    expect(readingMinutes(400, 200)).toBe(2);
  });
});
