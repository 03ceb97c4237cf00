import { describe, expect, it } from 'vitest';
import { findFolded, foldText, foldVietnamese, originalRange } from './fold.ts';

/** What a search for `query` in `text` highlights, read back from the original. */
function highlights(text: string, query: string, options = { accents: true, case: true }): string[] {
  const needle = foldText(query, options).text;
  return findFolded(foldText(text, options), needle).map(({ from, to }) => text.slice(from, to));
}

describe('foldVietnamese', () => {
  it('strips tones and vowel marks, maps đ to d and lower-cases', () => {
    expect(foldVietnamese('Đà Nẵng, Quảng Trị, người Việt').text).toBe('da nang, quang tri, nguoi viet');
    expect(foldVietnamese('ĐƯỜNG HỒ CHÍ MINH').text).toBe('duong ho chi minh');
  });

  it('folds both tone placements the same (hoà = hòa)', () => {
    expect(foldVietnamese('hoà').text).toBe('hoa');
    expect(foldVietnamese('hòa').text).toBe('hoa');
    expect(foldVietnamese('thuỷ').text).toBe(foldVietnamese('thủy').text);
  });

  it('treats decomposed (NFD) input like composed text', () => {
    const nfd = 'Quảng Trị'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan('Quảng Trị'.length);
    expect(foldVietnamese(nfd).text).toBe('quang tri');
  });

  it('maps every folded unit back to the original characters', () => {
    const nfd = 'Hòa bình'.normalize('NFD');
    const folded = foldVietnamese(nfd);
    expect(folded.text).toBe('hoa binh');
    // "bình" in the original: from the b to after the i's combining grave.
    const at = folded.text.indexOf('binh');
    const range = originalRange(folded, at, at + 4);
    expect(nfd.slice(range.from, range.to)).toBe('bình'.normalize('NFD'));
    expect(range.to).toBe(nfd.length);
  });
});

describe('searching folded text', () => {
  it('"hoa" finds "hòa", "Hoà" and "HÒA" but not "hoạ" only by accident of case', () => {
    expect(highlights('Hòa bình, hoà hợp, HÒA GIẢI, bông hoa', 'hoa')).toEqual(['Hòa', 'hoà', 'HÒA', 'hoa']);
  });

  it('"Đà" finds "Da" and "đa"', () => {
    expect(highlights('Đà Nẵng, Da Nang, đa dạng', 'Đà')).toEqual(['Đà', 'Da', 'đa', 'dạ']);
  });

  it('finds a query typed decomposed in composed text, and the reverse', () => {
    expect(highlights('Tỉnh Quảng Trị', 'Quảng'.normalize('NFD'))).toEqual(['Quảng']);
    const nfd = 'Tỉnh Quảng Trị'.normalize('NFD');
    expect(highlights(nfd, 'quang')).toEqual(['Quảng'.normalize('NFD')]);
  });

  it('keeps accents when asked: "hoa" then finds only "hoa", in NFC or NFD alike', () => {
    const exact = { accents: false, case: true };
    expect(highlights('hòa hoa HOA', 'hoa', exact)).toEqual(['hoa', 'HOA']);
    expect(highlights('Hòa'.normalize('NFD'), 'hòa', exact)).toEqual(['Hòa'.normalize('NFD')]);
  });

  it('matches case when asked', () => {
    const matchCase = { accents: true, case: false };
    expect(highlights('Hòa hòa HÒA', 'Hoa', matchCase)).toEqual(['Hòa']);
    expect(highlights('Hòa hòa HÒA', 'hòa', { accents: false, case: false })).toEqual(['hòa']);
  });

  it('does not overlap matches and finds nothing for an empty query', () => {
    expect(highlights('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(highlights('hòa', '')).toEqual([]);
  });

  it('widens a match that ends inside a character whose fold is longer than one unit', () => {
    // U+0130 (İ) lower-cases to "i" + U+0307: two folded units from one original character.
    const folded = foldText('İa', { accents: false, case: true });
    expect(folded.text.length).toBe(3);
    expect(originalRange(folded, 0, 1)).toEqual({ from: 0, to: 1 });
  });

  it('keeps astral characters whole', () => {
    expect(highlights('Tin 🎉 mới', 'moi')).toEqual(['mới']);
    const folded = foldVietnamese('🎉a');
    expect(originalRange(folded, 0, 2)).toEqual({ from: 0, to: 2 });
  });
});
