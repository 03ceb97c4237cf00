import type { ArticleFields } from '../../../../shared/domain/article.ts';
import type { DocNode } from '../../../../shared/domain/articleBody.ts';

/** The `.json` export: every field as stored, and the photos it shows, so importing it gives the same article. */
export const ARTICLE_FILE_FORMAT = 'toasoan-article-1';

export interface ArticleFile {
  format: typeof ARTICLE_FILE_FORMAT;
  article: ArticleFields;
  media: { hash: string; fileName: string; dataBase64: string }[];
}

/** The local photos an article refers to: its figures and its featured photo. */
export function mediaOf(article: Pick<ArticleFields, 'body' | 'featuredMedia'>): string[] {
  const found = new Set<string>();
  const walk = (node: DocNode) => {
    if (node.type === 'figure' && typeof node.attrs?.media === 'string') found.add(node.attrs.media);
    node.content?.forEach(walk);
  };
  walk(article.body);
  if (article.featuredMedia !== null && article.featuredMedia !== undefined) found.add(article.featuredMedia);
  return [...found];
}
