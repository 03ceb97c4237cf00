import { fieldsOf } from '../articles/ArticleService.ts';
import type { Article, ArticleFields } from '../../../../shared/domain/article.ts';
import { SiteError } from '../wordpress/SiteError.ts';
import type { PostBody, RemotePost } from '../wordpress/types.ts';
import { keepLocalNotes } from './editorNotes.ts';
import { mergeArticle } from './mergeArticle.ts';
import { mergeBase, withSend } from './sameContent.ts';
import { articleToPost, canonicalBody, editorialNoteOf } from './postMapping.ts';
import { remoteFields } from './remoteFields.ts';
import type { SyncContext } from './SyncContext.ts';
import type { OutboxRow, RemoteLink } from './SyncRepository.ts';

type PushAction = 'created' | 'updated' | 'adopted' | 'merged';

function buildPost(context: SyncContext, article: Article, link: RemoteLink): PostBody {
  const { site, sites, media, settings } = context;
  return articleToPost(article, {
    hasPlugin: site.hasPlugin,
    clientId: link.clientId,
    bylineParagraph: settings.bylineParagraph,
    categoryIds: sites.termIdsByName(site.id, 'category'),
    tagIds: sites.termIdsByName(site.id, 'post_tag'),
    media: (hash) => media.remoteFor(hash, site.id),
  });
}

/**
 * The post that an earlier, unanswered create may have made. Asked only when an
 * earlier attempt exists (a failed one, or one whose send was recorded but never
 * answered, e.g. the process died mid-request): a lookup before every create would
 * double the requests of a normal submit.
 */
async function findEarlierCreate(context: SyncContext, link: RemoteLink, row: OutboxRow, article: Article): Promise<RemotePost | undefined> {
  const mayExist = row.attempts > 0 || link.unconfirmedSends.length > 0;
  if (!mayExist) return undefined;
  if (context.site.hasPlugin) return context.client.findByClientId(link.clientId);
  // Stock WordPress keeps no client id (unregistered meta is dropped), so the fallback
  // is a guess: our own post, same title, created since the row was queued.
  // Best effort, documented in docs/sync.md.
  const candidates = await context.client.request<RemotePost[]>('GET', '/wp/v2/posts', {
    params: {
      context: 'edit',
      status: 'any',
      author: context.site.userId,
      search: article.title.slice(0, 100),
      // `after` is read in the site's local time; a day's margin covers any time zone.
      after: new Date(row.createdAt - 24 * 3600_000).toISOString().slice(0, 19),
      per_page: 10,
      _fields: 'id,status,date_gmt,modified_gmt,link,slug,author,title,excerpt,content,categories,tags,featured_media,meta',
    },
  });
  return candidates.body.find((post) => post.title.raw.normalize('NFC') === article.title);
}

/** The merge base is what the site now holds, in the canonical form pulls are compared in. */
function canonicalFields(context: SyncContext, fields: ArticleFields): ArticleFields {
  return { ...fields, body: canonicalBody(fields.body, (remoteId) => context.media.hashForRemote(context.site.id, remoteId)) };
}

function recordSuccess(context: SyncContext, link: RemoteLink, post: RemotePost, sentFields: ArticleFields, sentVersion: number): void {
  const current = context.articles.get(link.articleId);
  // The history marks the text as it reached the site ("Đã lên trang").
  context.articles.snapshot(link.articleId, 'synced', sentFields);
  context.sync.updateLink(link.articleId, {
    remoteId: post.id,
    remoteStatus: post.status,
    baseRev: post.toasoan_rev ?? null,
    baseModified: post.modified_gmt,
    baseFields: canonicalFields(context, sentFields),
    unconfirmedSends: [],
    syncedVersion: sentVersion,
    state: current.version > sentVersion ? 'queued' : 'synced',
    lastError: null,
    conflict: null,
    editorialNote: editorialNoteOf(post) || link.editorialNote,
    link: post.link,
  });
}

/**
 * The site moved since our base. Merge base/local/remote; a clean merge becomes
 * the local text and is pushed; overlapping edits leave the article in conflict
 * with both sides kept as revisions. Nothing is overwritten blindly.
 */
async function reconcile(context: SyncContext, link: RemoteLink, article: Article): Promise<RemotePost | undefined> {
  const { client, articles, sync } = context;
  if (link.remoteId === null) return undefined;
  const { post: remote, etag } = await client.getPost(link.remoteId);
  const theirs = await remoteFields(context, remote);
  const mine = canonicalFields(context, fieldsOf(article));
  const result = mergeArticle(mergeBase(link, theirs), mine, theirs);
  if (result.kind === 'conflict') {
    articles.snapshot(article.id, 'conflictLocal', mine);
    articles.snapshot(article.id, 'conflictRemote', theirs);
    sync.updateLink(article.id, {
      state: 'conflict',
      conflict: { fields: result.conflictingFields, remote: theirs, remoteRev: etag ?? null, remoteModified: remote.modified_gmt },
      lastError: { code: 'Conflict', reason: 'editConflict', message: `conflict in ${result.conflictingFields.join(', ')}` },
      editorialNote: editorialNoteOf(remote),
    });
    context.report.conflicts.push(article.id);
    return undefined;
  }
  const merged = articles.replaceFields(article.id, { ...result.fields, body: keepLocalNotes(result.fields.body, article.body) }, 'pulled');
  const body = buildPost(context, merged, link);
  const latest = sync.link(article.id);
  sync.updateLink(article.id, { unconfirmedSends: withSend(latest?.unconfirmedSends ?? [], canonicalFields(context, fieldsOf(merged))) });
  const post = await client.updatePost(link.remoteId, body, context.site.hasPlugin ? etag : undefined);
  recordSuccess(context, link, post, fieldsOf(merged), merged.version);
  return post;
}

/** Creates or updates the post for one article; the outbox row is settled by the caller. */
export async function pushArticle(context: SyncContext, row: OutboxRow): Promise<PushAction | 'skipped'> {
  const { articles, sync, client, site } = context;
  const articleId = row.articleId ?? '';
  const link = sync.link(articleId);
  if (link === undefined || link.state === 'conflict') return 'skipped';
  const article = articles.get(articleId);
  if (article.trashedAt !== null) return 'skipped';
  const body = buildPost(context, article, link);
  const sentFields = fieldsOf(article);
  sync.updateLink(articleId, { state: 'syncing', unconfirmedSends: withSend(link.unconfirmedSends, canonicalFields(context, sentFields)) });

  if (link.remoteId === null) {
    const earlier = await findEarlierCreate(context, link, row, article);
    if (earlier === undefined) {
      const created = await client.createPost(body);
      recordSuccess(context, link, created, sentFields, article.version);
      return 'created';
    }
    // A lost response: the post exists. Adopt it and bring it up to date.
    const adopted = { ...link, remoteId: earlier.id, baseRev: earlier.toasoan_rev ?? null, baseModified: earlier.modified_gmt };
    sync.updateLink(articleId, { remoteId: earlier.id, baseRev: adopted.baseRev, baseModified: adopted.baseModified });
    const updated = await client.updatePost(earlier.id, body, site.hasPlugin ? (earlier.toasoan_rev ?? undefined) : undefined);
    recordSuccess(context, adopted, updated, sentFields, article.version);
    return 'adopted';
  }

  if (site.hasPlugin) {
    try {
      const updated = await client.updatePost(link.remoteId, body, link.baseRev ?? undefined);
      recordSuccess(context, link, updated, sentFields, article.version);
      return 'updated';
    } catch (error) {
      if (!(error instanceof SiteError) || error.failure !== 'versionMismatch') throw error;
      return (await reconcile(context, link, article)) === undefined ? 'skipped' : 'merged';
    }
  }
  // Stock site: check-then-write on modified_gmt. Another write can land between the
  // two requests and be overwritten; docs/sync.md says so, and the plugin closes the gap.
  const { post: current } = await client.getPost(link.remoteId);
  if (link.baseModified !== null && current.modified_gmt !== link.baseModified) {
    return (await reconcile(context, link, article)) === undefined ? 'skipped' : 'merged';
  }
  const updated = await client.updatePost(link.remoteId, body);
  recordSuccess(context, link, updated, sentFields, article.version);
  return 'updated';
}
