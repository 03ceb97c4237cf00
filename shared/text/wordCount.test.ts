import { describe, expect, it } from 'vitest';
import { countWords } from './wordCount.ts';

describe('countWords', () => {
  it('counts Vietnamese syllables as words', () => {
    expect(countWords('Giao ban công tác tuyên giáo 6 tháng đầu năm 2020')).toBe(11);
  });

  it('ignores punctuation-only tokens and extra whitespace', () => {
    expect(countWords('(QTO) -  Chiều nay 15/7/2020, …\n\nxong')).toBe(5);
    expect(countWords('   ')).toBe(0);
  });
});
