import { AppError } from '../../../../shared/contract/errors.ts';
import type { Article, ArticleFields } from '../../../../shared/domain/article.ts';
import type { DocNode } from '../../../../shared/domain/articleBody.ts';
import type { BodyDoc } from '../../../../shared/domain/articleBody.ts';
import { excerptFromSapo, mediaHashes, normalizePublishDoc, parsePublishHtml, renderPublishHtml, sapoFromExcerpt, stripEditorNotes } from '../../../../shared/publish/index.ts';
import { WORDPRESS_STATUS } from '../../../../shared/workflow/rules.ts';
import type { PostBody, RemotePost } from '../wordpress/types.ts';

export const META = {
  clientId: 'toasoan_client_id',
  byline: 'toasoan_byline',
  source: 'toasoan_source',
  editorialNote: 'toasoan_editorial_note',
  dateline: 'toasoan_dateline',
} as const;

/** "(QTO) - Chiều nay…": the paper's source prefix, kept as its own field on the site. */
export function sourcePrefix(sapo: string): string {
  return /^\(([^()]{1,24})\)\s*[-–—]\s/u.exec(sapo)?.[1] ?? '';
}

export function figureHashes(doc: BodyDoc): string[] {
  return mediaHashes(doc);
}

/**
 * The body as the site will hold it, with figures named the same way on both
 * sides: by local hash where we have the photo (the site's copy is found through
 * the attachment id), by the site's URL and id otherwise. Merges and change
 * checks compare these, so an upload alone never looks like an edit.
 */
export function canonicalBody(doc: BodyDoc, hashForRemoteId: (remoteId: number) => string | undefined): BodyDoc {
  const relink = (node: DocNode): DocNode => {
    if (node.type === 'figure' && node.attrs !== undefined) {
      const attrs = { ...node.attrs };
      if ((attrs.media === null || attrs.media === undefined) && typeof attrs.remoteId === 'number') {
        const hash = hashForRemoteId(attrs.remoteId);
        if (hash !== undefined) attrs.media = hash;
      }
      if (typeof attrs.media === 'string') {
        attrs.src = null;
        attrs.remoteId = null;
      }
      return { ...node, attrs };
    }
    return node.content === undefined ? node : { ...node, content: node.content.map(relink) };
  };
  // Editor's notes never reach the site: compared without them (keepLocalNotes puts them back).
  const normal = normalizePublishDoc(stripEditorNotes(doc));
  return { type: 'doc', content: normal.content.map(relink) };
}

export interface PostContext {
  hasPlugin: boolean;
  clientId: string;
  bylineParagraph: boolean;
  categoryIds: Map<string, number>;
  tagIds: Map<string, number>;
  media(hash: string): { id: number; url: string } | undefined;
}

/**
 * The post WordPress should hold for this article. Throws `dependencyPending`
 * while a tag or photo it needs is not on the site yet (the outbox creates those
 * first), and `unknownCategory` for a category the site does not have.
 */
export function articleToPost(article: Article, context: PostContext): PostBody {
  const missingTags = article.tags.filter((tag) => !context.tagIds.has(tag.toLocaleLowerCase('vi')));
  const hashes = figureHashes(article.body);
  const missingMedia = hashes.filter((hash) => context.media(hash) === undefined);
  if (missingTags.length > 0 || missingMedia.length > 0) {
    throw new AppError('Conflict', `waiting for ${missingTags.length} tags and ${missingMedia.length} images`, { reason: 'dependencyPending' });
  }
  let categories: number[] = [];
  if (article.category.trim() !== '') {
    const id = context.categoryIds.get(article.category.trim().toLocaleLowerCase('vi'));
    if (id === undefined) throw new AppError('Validation', `no category ${article.category}`, { reason: 'unknownCategory', field: 'category' });
    categories = [id];
  }
  // The chosen featured photo while it is still in the body, else the first photo.
  const featured = article.featuredMedia != null && hashes.includes(article.featuredMedia) ? article.featuredMedia : hashes[0];
  const body: PostBody = {
    title: article.title,
    excerpt: excerptFromSapo(article.sapo),
    content: renderPublishHtml(article.body, {
      resolveMedia: (hash) => context.media(hash),
      byline: context.bylineParagraph && article.byline.trim() !== '' ? { text: article.byline.trim(), align: 'right' } : undefined,
    }),
    status: WORDPRESS_STATUS[article.status],
    categories,
    tags: article.tags.map((tag) => context.tagIds.get(tag.toLocaleLowerCase('vi')) ?? 0),
    featured_media: featured === undefined ? 0 : (context.media(featured)?.id ?? 0),
  };
  // Unregistered meta is silently dropped by a stock site; only send it where the plugin registered it.
  if (context.hasPlugin) {
    body.meta = {
      [META.clientId]: context.clientId,
      [META.byline]: article.byline,
      [META.source]: sourcePrefix(article.sapo),
      [META.dateline]: article.dateline ?? '',
    };
  }
  return body;
}

function metaValue(post: RemotePost, key: string): string | undefined {
  const meta = post.meta;
  if (meta === undefined || Array.isArray(meta)) return undefined;
  const value = meta[key];
  return typeof value === 'string' ? value : undefined;
}

function metaString(post: RemotePost, key: string): string {
  return metaValue(post, key) ?? '';
}

export function editorialNoteOf(post: RemotePost): string {
  return metaString(post, META.editorialNote).normalize('NFC');
}

/** The article fields a post holds, as the laptop stores them (NFC, body as our document). */
export function postToFields(
  post: RemotePost,
  names: { categories: Map<number, string>; tags: Map<number, string> },
  hashForRemoteId: (remoteId: number) => string | undefined,
): ArticleFields {
  const parsed = parsePublishHtml(post.content.raw);
  const byline = metaString(post, META.byline) || parsed.byline || '';
  const category = post.categories.map((id) => names.categories.get(id)).find((name) => name !== undefined) ?? '';
  const fields: ArticleFields = {
    // WordPress stores `&` as `&amp;` in titles and excerpts saved without unfiltered_html (reporters).
    title: sapoFromExcerpt(post.title.raw),
    sapo: sapoFromExcerpt(post.excerpt.raw),
    body: canonicalBody(parsed.doc, hashForRemoteId),
    byline: byline.normalize('NFC'),
    category,
    tags: post.tags.map((id) => names.tags.get(id)).filter((name): name is string => name !== undefined),
  };
  // Only what the site really holds: a stock site has no dateline, and the local one must then stay.
  const dateline = metaValue(post, META.dateline);
  if (dateline !== undefined) fields.dateline = dateline.normalize('NFC');
  if (post.featured_media === 0) fields.featuredMedia = null;
  else {
    const hash = hashForRemoteId(post.featured_media);
    if (hash !== undefined) fields.featuredMedia = figureHashes(fields.body)[0] === hash ? null : hash;
  }
  return fields;
}
