import { describe, expect, it } from 'vitest';
import { tagSuggestions } from './tagSuggestions.ts';

const KNOWN = ['Giáo dục', 'Giao thông', 'Đô thị', 'Tuyên giáo'];

describe('tagSuggestions', () => {
  it('completes the last tag only, keeping what was typed before it', () => {
    expect(tagSuggestions('Đô thị, giao', KNOWN)).toEqual(['Đô thị, Giáo dục', 'Đô thị, Giao thông', 'Đô thị, Tuyên giáo']);
  });

  it('matches without tone marks or đ, and skips tags already chosen', () => {
    expect(tagSuggestions('do t', KNOWN)).toEqual(['Đô thị']);
    expect(tagSuggestions('giáo dục, ', KNOWN)).toEqual(['giáo dục, Giao thông', 'giáo dục, Đô thị', 'giáo dục, Tuyên giáo']);
  });
});
