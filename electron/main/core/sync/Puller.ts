import { fieldsOf } from '../articles/ArticleService.ts';
import { localStatusFor } from '../../../../shared/workflow/rules.ts';
import { mergeArticle } from './mergeArticle.ts';
import { mergeBase } from './sameContent.ts';
import { keepLocalNotes } from './editorNotes.ts';
import { canonicalBody, editorialNoteOf } from './postMapping.ts';
import { remoteFields } from './remoteFields.ts';
import type { SyncContext } from './SyncContext.ts';

/** `modified_gmt` has one-second resolution and clocks drift: look back an hour and compare stamps. */
const LOOKBACK_MS = 3600_000;

function toSiteLocal(gmt: string, gmtOffsetHours: number, minusMs: number): string {
  const ms = Date.parse(`${gmt}Z`) + gmtOffsetHours * 3600_000 - minusMs;
  return new Date(ms).toISOString().slice(0, 19);
}

/**
 * Incremental pull: one cheap listing of what changed since the watermark (ids and
 * stamps only), then the full post only for our own articles that really moved.
 * No local changes → take the site's version; local changes too → merge.
 */
export async function pull(context: SyncContext): Promise<void> {
  const { site, client, sync, articles, sites, report, clock } = context;
  const after = site.pulledUntil === null ? undefined : toSiteLocal(site.pulledUntil, site.gmtOffset, LOOKBACK_MS);
  const stamps = await client.changedPosts(after, site.role === 'reporter' ? site.userId : undefined);
  let watermark = site.pulledUntil;
  for (const stamp of stamps) {
    if (watermark === null || stamp.modified_gmt > watermark) watermark = stamp.modified_gmt;
    const link = sync.linkByRemote(site.id, stamp.id);
    if (link === undefined || link.state === 'conflict') continue;
    const moved = site.hasPlugin && stamp.toasoan_rev !== undefined ? stamp.toasoan_rev !== link.baseRev : stamp.modified_gmt !== link.baseModified;
    if (!moved && stamp.status === link.remoteStatus) continue;
    const { post, etag } = await client.getPost(stamp.id);
    const theirs = await remoteFields(context, post);
    const note = editorialNoteOf(post);
    const article = articles.get(link.articleId);
    const localChanges = article.version > link.syncedVersion || sync.pendingFor(article.id).some((row) => row.kind === 'pushArticle');
    const base = { baseRev: etag ?? post.toasoan_rev ?? null, baseModified: post.modified_gmt, remoteStatus: post.status, editorialNote: note, link: post.link };
    if (!localChanges) {
      const updated = articles.replaceFields(article.id, { ...theirs, body: keepLocalNotes(theirs.body, article.body) }, 'pulled');
      articles.setStatus(article.id, localStatusFor(post.status, article.status, note !== ''));
      sync.updateLink(article.id, { ...base, baseFields: theirs, unconfirmedSends: [], syncedVersion: updated.version, state: 'synced', lastError: null });
      report.pulled.push({ articleId: article.id, remoteId: post.id, action: 'updated' });
      continue;
    }
    const local = fieldsOf(article);
    const mine = { ...local, body: canonicalBody(local.body, (remoteId) => context.media.hashForRemote(site.id, remoteId)) };
    const result = mergeArticle(mergeBase(link, theirs), mine, theirs);
    if (result.kind === 'conflict') {
      articles.snapshot(article.id, 'conflictLocal');
      articles.snapshot(article.id, 'conflictRemote', theirs);
      sync.updateLink(article.id, {
        state: 'conflict',
        editorialNote: note,
        conflict: { fields: result.conflictingFields, remote: theirs, remoteRev: base.baseRev, remoteModified: post.modified_gmt },
        lastError: { code: 'Conflict', reason: 'editConflict', message: `conflict in ${result.conflictingFields.join(', ')}` },
      });
      report.conflicts.push(article.id);
      report.pulled.push({ articleId: article.id, remoteId: post.id, action: 'conflict' });
      continue;
    }
    // Merged: the site's version becomes the base; the merged text is pushed on top of it.
    articles.replaceFields(article.id, { ...result.fields, body: keepLocalNotes(result.fields.body, article.body) }, 'pulled');
    sync.updateLink(article.id, { ...base, baseFields: theirs, state: 'queued' });
    sync.enqueue({ siteId: site.id, articleId: article.id, kind: 'pushArticle', key: `push:${article.id}`, dueAt: clock.now(), now: clock.now() });
    report.pulled.push({ articleId: article.id, remoteId: post.id, action: 'merged' });
  }
  if (watermark !== null && watermark !== site.pulledUntil) sites.setPulledUntil(site.id, watermark);
}
