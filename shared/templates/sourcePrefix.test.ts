import { describe, expect, it } from 'vitest';
import { formatSourcePrefix, isSourceCode, keepSourcePrefix, stripSourcePrefix, withSourcePrefix } from './sourcePrefix.ts';

const LEAD = '(QTO) - Chiều nay, mưa lớn.';

describe('source prefix of new articles', () => {
  it('starts a new lead with the code, unless off or another source is named', () => {
    expect(formatSourcePrefix('QTO')).toBe('(QTO) - ');
    expect(withSourcePrefix('', 'QTO')).toBe('(QTO) - ');
    expect(withSourcePrefix('  Chiều nay', 'QTO')).toBe('(QTO) - Chiều nay');
    expect(withSourcePrefix('Chiều nay', '')).toBe('Chiều nay');
    expect(withSourcePrefix('(TTXVN) - Sáng nay', 'QTO')).toBe('(TTXVN) - Sáng nay');
    expect(withSourcePrefix(LEAD, 'QTO')).toBe(LEAD);
  });

  it('strips any well-formed prefix', () => {
    expect(stripSourcePrefix(LEAD)).toBe('Chiều nay, mưa lớn.');
    expect(stripSourcePrefix('(TTXVN) – Tin')).toBe('Tin');
    expect(stripSourcePrefix('(không phải tiền tố) nữa')).toBe('(không phải tiền tố) nữa');
  });

  it('accepts codes that fit between the brackets', () => {
    expect(['', 'QTO', 'TTXVN', 'Báo Quảng Trị'].every(isSourceCode)).toBe(true);
    expect(['(QTO)', ' QTO', 'Q\nT', 'x'.repeat(25)].some(isSourceCode)).toBe(false);
  });
});

describe('keepSourcePrefix', () => {
  const edit = (previous: string, next: string) => keepSourcePrefix(previous, next, 'QTO');

  it('leaves edits after the prefix alone', () => {
    expect(edit(LEAD, `${LEAD} Gió mạnh.`)).toBeUndefined();
    expect(edit(LEAD, '(QTO) - ')).toBeUndefined();
    expect(edit('Chiều nay', 'Chiều')).toBeUndefined();
    expect(keepSourcePrefix(LEAD, 'Chiều nay', '')).toBeUndefined();
  });

  it('restores the prefix after Backspace into it, with the caret after it', () => {
    expect(edit(LEAD, '(QTO) -Chiều nay, mưa lớn.')).toEqual({ value: LEAD, caret: 8 });
    expect(edit(LEAD, 'Chiều nay, mưa lớn.')).toEqual({ value: LEAD, caret: 8 });
    expect(edit(LEAD, '')).toEqual({ value: '(QTO) - ', caret: 8 });
  });

  it('moves text typed inside the prefix to just after it', () => {
    expect(edit(LEAD, '(QTxO) - Chiều nay, mưa lớn.')).toEqual({ value: '(QTO) - xChiều nay, mưa lớn.', caret: 9 });
    expect(edit('(QTO) - ', 'S(QTO) - ')).toEqual({ value: '(QTO) - S', caret: 9 });
  });

  it('keeps the prefix when everything is replaced by typed or pasted text', () => {
    expect(edit(LEAD, 'S')).toEqual({ value: '(QTO) - S', caret: 9 });
    // The final "." is common to both, so it counts as kept and the caret lands before it.
    expect(edit(LEAD, 'Sáng nay, trời nắng.')).toEqual({ value: '(QTO) - Sáng nay, trời nắng.', caret: 27 });
  });

  it('takes another source pasted over the whole prefix as it is', () => {
    expect(edit(LEAD, '(TTXVN) - Sáng nay')).toBeUndefined();
    expect(edit(LEAD, '(ABC) - Chiều nay, mưa lớn.')).toEqual({ value: '(QTO) - ABCChiều nay, mưa lớn.', caret: 11 });
  });
});
