import type { ArticleFields, NewsroomSettings } from '../domain/article.ts';
import { withSourcePrefix } from './sourcePrefix.ts';
import type { TemplateFields } from './template.ts';

/**
 * The fields of a new article, in order of precedence: what the caller gave (the CLI's
 * `--sapo`, a test), then the template, then the newsroom's defaults. The source prefix
 * goes on last, whatever the lead came from, unless the lead already names a source.
 */
export function composeNewArticle(
  given: Partial<ArticleFields>,
  template: TemplateFields | undefined,
  newsroom: Pick<NewsroomSettings, 'defaultByline' | 'sourcePrefix'>,
): Partial<ArticleFields> {
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<ArticleFields>;
  const fields: Partial<ArticleFields> = { ...template, byline: newsroom.defaultByline, ...defined };
  return { ...fields, sapo: withSourcePrefix(fields.sapo ?? '', newsroom.sourcePrefix) };
}
