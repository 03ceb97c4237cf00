import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import { articleWordCount } from '../../../shared/domain/wordCount.ts';
import { SAMPLE } from '../../../tests/support/core.ts';
import { articleCounts, bodyCounts } from './articleCounts.ts';

describe('articleCounts', () => {
  it('agrees with the word count the library stores and adds characters and reading time', () => {
    const body = docFromPlainText(SAMPLE.body.join('\n\n'));
    const counts = articleCounts(SAMPLE.sapo, bodyCounts(body));
    expect(counts.words).toBe(articleWordCount({ sapo: SAMPLE.sapo, body }));
    expect(counts.characters).toBe(SAMPLE.sapo.length + SAMPLE.body.join('').length);
    expect(counts.charactersNoSpaces).toBe((SAMPLE.sapo + SAMPLE.body.join('')).replace(/\s/g, '').length);
    expect(counts.readingMinutes).toBe(1);
  });

  it('reads 1,000 words in four minutes and nothing in none', () => {
    const long = docFromPlainText(Array.from({ length: 1_000 }, () => 'chữ').join(' '));
    expect(articleCounts('', bodyCounts(long)).readingMinutes).toBe(4);
    expect(articleCounts('', bodyCounts(docFromPlainText('')))).toEqual({ words: 0, characters: 0, charactersNoSpaces: 0, readingMinutes: 0 });
  });
});
