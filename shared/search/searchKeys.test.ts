import { describe, expect, it } from 'vitest';
import { foldedKey, foldedText, hasMarks, searchWords, toneKey, toneText } from './searchKeys.ts';

describe('search keys', () => {
  it('folds every mark and đ/Đ to d', () => {
    expect(foldedText('Đại Nam, hòa bình')).toBe('dai nam hoa binh');
    expect(foldedKey('ĐƯỜNG')).toBe('duong');
  });

  it('gives old and new tone placement the same tone key', () => {
    const pairs: [string, string][] = [['hoà', 'hòa'], ['thuỷ', 'thủy'], ['oé', 'óe'], ['uỷ', 'ủy'], ['khoẻ', 'khỏe'], ['Hoà', 'hòa']];
    for (const [old, modern] of pairs) {
      expect(toneKey(old)).toBe(toneKey(modern));
    }
    expect(toneKey('hòa')).toBe('hoa2');
    expect(toneKey('người')).toBe('ngươi2');
  });

  it('keeps letters with their own marks and different tones apart', () => {
    expect(toneKey('hoa')).not.toBe(toneKey('hòa'));
    expect(toneKey('hóa')).not.toBe(toneKey('hòa'));
    expect(toneKey('hơn')).not.toBe(toneKey('hôn'));
    expect(toneKey('đa')).not.toBe(toneKey('da'));
  });

  it('treats NFD and NFC input alike', () => {
    const nfd = 'Quảng Trị'.normalize('NFD');
    expect(toneText(nfd)).toBe(toneText('Quảng Trị'));
    expect(foldedText(nfd)).toBe('quang tri');
    expect(searchWords(nfd)).toHaveLength(2);
  });

  it('splits on punctuation and keeps numbers', () => {
    expect(foldedText('(QTO) - Chiều 15/7/2020, COVID-19…')).toBe('qto chieu 15 7 2020 covid 19');
  });

  it('knows an unaccented word from an accented one', () => {
    expect(hasMarks('hoa')).toBe(false);
    expect(hasMarks('hòa')).toBe(true);
    expect(hasMarks('Đa')).toBe(true);
    expect(hasMarks('dân'.normalize('NFD'))).toBe(true);
  });
});
