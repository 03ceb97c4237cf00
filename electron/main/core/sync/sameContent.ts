import type { ArticleFields } from '../../../../shared/domain/article.ts';

/** Equal as the site would show them: tags are a set (WordPress returns them in its own order). */
export function sameContent(a: ArticleFields, b: ArticleFields): boolean {
  const tags = (fields: ArticleFields) => fields.tags.map((tag) => tag.toLocaleLowerCase('vi')).sort().join('\n');
  return (
    a.title === b.title &&
    a.sapo === b.sapo &&
    a.byline === b.byline &&
    a.category === b.category &&
    tags(a) === tags(b) &&
    (a.dateline === undefined || b.dateline === undefined || a.dateline === b.dateline) &&
    (a.featuredMedia === undefined || b.featuredMedia === undefined || a.featuredMedia === b.featuredMedia) &&
    JSON.stringify(a.body) === JSON.stringify(b.body)
  );
}

/** Unanswered pushes worth remembering; a laptop rarely loses more than a couple in a row. */
export const MAX_UNCONFIRMED_SENDS = 8;

/**
 * The merge base for a site version we did not expect. If it is exactly what one
 * of our unanswered pushes sent, the "other edit" was ours (the response was lost):
 * take it as the base, so the reporter's later typing is not seen as a conflict.
 */
export function mergeBase(link: { baseFields: ArticleFields | null; unconfirmedSends: ArticleFields[] }, theirs: ArticleFields): ArticleFields {
  if (link.unconfirmedSends.some((sent) => sameContent(sent, theirs))) return theirs;
  return link.baseFields ?? theirs;
}

export function withSend(sends: ArticleFields[], sent: ArticleFields): ArticleFields[] {
  return [...sends, sent].slice(-MAX_UNCONFIRMED_SENDS);
}
