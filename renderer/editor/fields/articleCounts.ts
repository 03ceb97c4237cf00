import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import { docToPlainText } from '../../../shared/domain/articleBody.ts';
import { addCounts, countText, readingMinutes, type TextCounts } from '../../../shared/text/counts.ts';

export interface ArticleCounts extends TextCounts {
  readingMinutes: number;
}

/** The body's share of the counts: one walk of the document, run only once typing settles. */
export function bodyCounts(body: BodyDoc): TextCounts {
  return countText(docToPlainText(body));
}

/**
 * Counts of the whole article as the desk measures a length order: lead plus body
 * (the same scope as the word count stored in the library), not the headline nor
 * photo captions.
 */
export function articleCounts(sapo: string, body: TextCounts): ArticleCounts {
  const total = addCounts(countText(sapo), body);
  return { ...total, readingMinutes: readingMinutes(total.words) };
}
