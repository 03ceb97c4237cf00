import { describe, expect, it } from 'vitest';
import { sides, wordDiff } from './wordDiff.ts';

describe('wordDiff', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(wordDiff('Chiều nay 15/7, hội nghị diễn ra.', 'Sáng nay 15/7, hội nghị tổng kết diễn ra.')).toEqual([
      { kind: 'removed', text: 'Chiều' },
      { kind: 'added', text: 'Sáng' },
      { kind: 'same', text: ' nay 15/7, hội nghị ' },
      { kind: 'added', text: 'tổng kết ' },
      { kind: 'same', text: 'diễn ra.' },
    ]);
  });

  it('treats accents as significant, tone placement included', () => {
    expect(wordDiff('hòa bình', 'hoa bình')).toEqual([
      { kind: 'removed', text: 'hòa' },
      { kind: 'added', text: 'hoa' },
      { kind: 'same', text: ' bình' },
    ]);
    expect(wordDiff('hoà', 'hòa').map((part) => part.kind)).toEqual(['removed', 'added']);
  });

  it('gives each side back whole', () => {
    const before = 'Đoạn một.\n\nĐoạn hai cũ.\n\nĐoạn ba.';
    const after = 'Đoạn một.\n\nĐoạn hai mới hơn.\n\nĐoạn ba.\n\nĐoạn bốn.';
    const parts = wordDiff(before, after);
    const { before: left, after: right } = sides(parts);
    expect(left.map((part) => part.text).join('')).toBe(before);
    expect(right.map((part) => part.text).join('')).toBe(after);
    const changed = parts.filter((part) => part.kind !== 'same');
    expect(changed.slice(0, 2)).toEqual([{ kind: 'removed', text: 'cũ' }, { kind: 'added', text: 'mới hơn' }]);
    // The new paragraph is one added run (where the LCS puts its full stop is its choice).
    expect(changed.slice(2)).toHaveLength(1);
    expect(changed[2]?.text).toMatch(/Đoạn bốn/);
  });

  it('says nothing changed for equal texts', () => {
    expect(wordDiff('Giống nhau.', 'Giống nhau.')).toEqual([{ kind: 'same', text: 'Giống nhau.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
