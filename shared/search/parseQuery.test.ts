import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery.ts';

describe('parseQuery', () => {
  it('reads words, phrases and exclusions', () => {
    expect(parseQuery('hòa bình "Quảng Trị" -lũ -"bão số 5"')).toEqual({
      include: [{ words: ['hòa'] }, { words: ['bình'] }, { words: ['Quảng', 'Trị'] }],
      exclude: [{ words: ['lũ'] }, { words: ['bão', 'số', '5'] }],
    });
  });

  it('makes a word with punctuation a phrase of its parts', () => {
    expect(parseQuery('COVID-19 15/7')).toEqual({ include: [{ words: ['COVID', '19'] }, { words: ['15', '7'] }], exclude: [] });
  });

  it('runs an unclosed quote to the end, and ignores empty pieces', () => {
    expect(parseQuery('"nông thôn mới')).toEqual({ include: [{ words: ['nông', 'thôn', 'mới'] }], exclude: [] });
    expect(parseQuery(' - "" -- ')).toEqual({ include: [], exclude: [] });
  });

  it('gives NFC words for NFD input', () => {
    expect(parseQuery('Trị'.normalize('NFD')).include[0]?.words[0]).toBe('Trị');
  });
});
