import { describe, expect, it } from 'vitest';
import { formatFields, formatTable, formatTime } from './format.ts';

describe('format', () => {
  it('pads Vietnamese by letters, right-aligns numbers and leaves the last column ragged', () => {
    expect(formatTable([['Mã', 'Số chữ', 'Tiêu đề'], ['a1', '7', 'Đà Nẵng']], new Set([1]))).toEqual([
      'Mã  Số chữ  Tiêu đề',
      'a1       7  Đà Nẵng',
    ]);
  });

  it('aligns field values, indents continuation lines and leaves no trailing spaces', () => {
    expect(formatFields([['Tiêu đề', 'Một'], ['Sapo', 'dòng 1\ndòng 2'], ['Thẻ', '']])).toEqual([
      'Tiêu đề:  Một',
      'Sapo:     dòng 1\n          dòng 2',
      'Thẻ:',
    ]);
  });

  it('prints local time to the minute', () => {
    expect(formatTime(new Date(2020, 6, 5, 9, 3, 59).getTime())).toBe('2020-07-05 09:03');
  });
});
