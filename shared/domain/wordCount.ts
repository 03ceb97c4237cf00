import { countWords } from '../text/wordCount.ts';
import { docToPlainText } from './articleBody.ts';
import type { ArticleFields } from './article.ts';

/** What the desk counts against a length order: the lead plus the body, not the headline. */
export function articleWordCount(fields: Pick<ArticleFields, 'sapo' | 'body'>): number {
  return countWords(fields.sapo) + countWords(docToPlainText(fields.body));
}
