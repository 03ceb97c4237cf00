import { describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../../../shared/domain/article.ts';
import { docFromPlainText } from '../../../../shared/domain/articleBody.ts';
import { mergeArticle } from './mergeArticle.ts';

function article(paragraphs: string[], extra: Partial<ArticleFields> = {}): ArticleFields {
  return { title: 'Tiêu đề', sapo: 'Sapo', body: docFromPlainText(paragraphs.join('\n\n')), byline: 'Minh Đức', category: 'Thời sự', tags: ['a', 'b'], ...extra };
}

describe('mergeArticle', () => {
  const base = article(['Một.', 'Hai.', 'Ba.']);

  it('merges edits to different paragraphs and different fields', () => {
    const local = article(['Một (sửa ở máy).', 'Hai.', 'Ba.'], { title: 'Tiêu đề mới' });
    const remote = article(['Một.', 'Hai.', 'Ba (biên tập sửa).', 'Bốn.'], { sapo: 'Sapo biên tập' });
    const result = mergeArticle(base, local, remote);
    expect(result.kind).toBe('clean');
    if (result.kind !== 'clean') return;
    expect(result.fields.title).toBe('Tiêu đề mới');
    expect(result.fields.sapo).toBe('Sapo biên tập');
    expect(result.fields.body).toEqual(docFromPlainText('Một (sửa ở máy).\n\nHai.\n\nBa (biên tập sửa).\n\nBốn.'));
  });

  it('reports a conflict when the same paragraph or field changed on both sides', () => {
    const local = article(['Một.', 'Hai (máy).', 'Ba.']);
    const remote = article(['Một.', 'Hai (trang).', 'Ba.']);
    expect(mergeArticle(base, local, remote)).toEqual({ kind: 'conflict', conflictingFields: ['body'] });
    expect(mergeArticle(base, article(['Một.', 'Hai.', 'Ba.'], { title: 'A' }), article(['Một.', 'Hai.', 'Ba.'], { title: 'B' }))).toEqual({
      kind: 'conflict',
      conflictingFields: ['title'],
    });
  });

  it('treats the same change on both sides as no conflict', () => {
    const same = article(['Một.', 'Hai đã sửa.', 'Ba.'], { title: 'Cùng sửa' });
    expect(mergeArticle(base, same, same)).toEqual({ kind: 'clean', fields: same });
  });

  it('merges tags as sets: additions kept, removals win', () => {
    const local = article(['Một.', 'Hai.', 'Ba.'], { tags: ['a', 'b', 'c'] });
    const remote = article(['Một.', 'Hai.', 'Ba.'], { tags: ['B', 'd'] });
    const result = mergeArticle(base, local, remote);
    expect(result.kind === 'clean' && result.fields.tags).toEqual(['b', 'c', 'd']);
  });
});
