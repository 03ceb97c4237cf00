import type { ArticleFields } from '../../../shared/domain/article.ts';
import { docToPlainText } from '../../../shared/domain/articleBody.ts';
import { wordDiff, type DiffPart } from '../../../shared/history/wordDiff.ts';

export const COMPARED_FIELDS = ['title', 'sapo', 'body', 'byline', 'category', 'tags'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

function text(fields: ArticleFields, field: ComparedField): string {
  if (field === 'body') return docToPlainText(fields.body, { editorNotes: 'keep' });
  if (field === 'tags') return fields.tags.join(', ');
  return fields[field];
}

/** The fields that differ between two versions, each as a word diff. */
export function compareFields(older: ArticleFields, newer: ArticleFields): { field: ComparedField; parts: DiffPart[] }[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const before = text(older, field);
    const after = text(newer, field);
    return before === after ? [] : [{ field, parts: wordDiff(before, after) }];
  });
}
