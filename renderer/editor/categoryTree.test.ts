import { describe, expect, it } from 'vitest';
import { categoryTree } from './categoryTree.ts';

describe('categoryTree', () => {
  it('puts children under their parent, siblings in Vietnamese order', () => {
    const rows = categoryTree([
      { id: 3, name: 'Nông nghiệp', parent: 1 },
      { id: 1, name: 'Kinh tế', parent: 0 },
      { id: 4, name: 'Đầu tư', parent: 1 },
      { id: 2, name: 'Chính trị', parent: 0 },
      { id: 5, name: 'Xây dựng Đảng', parent: 2 },
    ]);
    expect(rows.map((row) => [row.term.name, row.depth])).toEqual([
      ['Chính trị', 0],
      ['Xây dựng Đảng', 1],
      ['Kinh tế', 0],
      ['Đầu tư', 1],
      ['Nông nghiệp', 1],
    ]);
  });

  it('keeps orphans and cycles instead of dropping them', () => {
    const rows = categoryTree([
      { id: 1, name: 'Mồ côi', parent: 99 },
      { id: 2, name: 'A', parent: 3 },
      { id: 3, name: 'B', parent: 2 },
    ]);
    expect(rows.map((row) => row.term.name).sort()).toEqual(['A', 'B', 'Mồ côi']);
  });
});
