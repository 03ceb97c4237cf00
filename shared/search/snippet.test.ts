import { describe, expect, it } from 'vitest';
import { findWords, makeSnippet } from './snippet.ts';

const marked = (snippet: { text: string; highlights: [number, number][] } | undefined) =>
  snippet === undefined ? undefined : snippet.highlights.map(([from, to]) => snippet.text.slice(from, to));

describe('snippets', () => {
  it('finds whole words whatever their accents or case', () => {
    const text = 'Hòa bình cho Hoà Bình, hoạ sĩ, hoan hô và Đại Nam.';
    expect(findWords(text, ['hoa', 'dai']).map(([from, to]) => text.slice(from, to))).toEqual(['Hòa', 'Hoà', 'hoạ', 'Đại']);
  });

  it('cuts around the first match at word boundaries and marks the cut', () => {
    const text = `${'Mở đầu bài viết dài dòng. '.repeat(20)}Người dân Quảng Trị đón mùa lúa mới. ${'Đoạn sau. '.repeat(40)}`;
    const snippet = makeSnippet(text, ['quang', 'tri'], { width: 120 });
    expect(snippet?.text.startsWith('…')).toBe(true);
    expect(snippet?.text.endsWith('…')).toBe(true);
    expect(snippet?.text.length).toBeLessThanOrEqual(122);
    expect(marked(snippet)).toEqual(['Quảng', 'Trị']);
  });

  it('keeps highlights on the right letters when whitespace collapses', () => {
    const snippet = makeSnippet('Dòng một\n\nhòa   bình', ['hoa', 'binh']);
    expect(snippet?.text).toBe('Dòng một hòa bình');
    expect(marked(snippet)).toEqual(['hòa', 'bình']);
  });

  it('marks only the accented spelling when the hit matched it exactly', () => {
    const text = 'Hòa bình ở Hướng Hóa, hoà bình mãi.';
    expect(findWords(text, ['hòa', 'bình'], { exact: true }).map(([from, to]) => text.slice(from, to))).toEqual(['Hòa', 'bình', 'hoà', 'bình']);
    expect(findWords(text, ['hòa'], {}).map(([from, to]) => text.slice(from, to))).toEqual(['Hòa', 'Hóa', 'hoà']);
  });

  it('says nothing when the words are not there', () => {
    expect(makeSnippet('Không có gì', ['hoa'])).toBeUndefined();
  });
});
