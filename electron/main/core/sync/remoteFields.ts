import type { ArticleFields } from '../../../../shared/domain/article.ts';
import type { RemotePost } from '../wordpress/types.ts';
import { postToFields } from './postMapping.ts';
import type { SyncContext } from './SyncContext.ts';

/**
 * A post's fields in our terms. Term ids the cache does not know (a tag an editor
 * added on the site since the last refresh) are fetched first, so no tag is dropped.
 */
export async function remoteFields(context: SyncContext, post: RemotePost): Promise<ArticleFields> {
  const { site, sites, client } = context;
  for (const [taxonomy, route, ids] of [
    ['post_tag', 'tags', post.tags],
    ['category', 'categories', post.categories],
  ] as const) {
    const known = sites.termNamesById(site.id, taxonomy);
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      for (const term of await client.terms(route, { include: missing.join(',') }, 1)) sites.addTerm(site.id, taxonomy, term);
    }
  }
  return postToFields(
    post,
    { categories: sites.termNamesById(site.id, 'category'), tags: sites.termNamesById(site.id, 'post_tag') },
    (remoteId) => context.media.hashForRemote(site.id, remoteId),
  );
}
