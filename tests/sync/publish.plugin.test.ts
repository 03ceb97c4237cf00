import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import type { BodyDoc } from '../../shared/domain/articleBody.ts';
import { SAMPLE } from '../support/core.ts';
import { startWordPress, type WordPressSite } from '../wordpress/startWordPress.ts';
import { rest } from '../wordpress/rest.ts';
import { cameraJpeg, connect, laptop, postAsEditor } from './fixture.ts';

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress({ plugin: true });
}, 60_000);

afterAll(async () => {
  await site?.stop();
});

function withFigure(text: string, hash: string): BodyDoc {
  const doc = docFromPlainText(text);
  doc.content.splice(1, 0, {
    type: 'figure',
    attrs: { media: hash, src: null, alt: 'Hội nghị giao ban', caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Đức', remoteId: null },
  });
  return doc;
}

describe('publishing to WordPress with the companion plugin', () => {
  it('connects a contributor and caches the site', async () => {
    const core = laptop();
    const summary = await connect(core, site, 'contributor');
    expect(summary).toMatchObject({ role: 'reporter', hasPlugin: true, canUpload: true, active: true, roles: ['contributor'] });
    expect(core.sites.terms('category').map((term) => term.name)).toContain('Trong tỉnh');
    expect(core.sites.terms('post_tag').map((term) => term.name)).toContain('Quảng Trị');
    // The application password is sealed in the library, never stored as text.
    const raw = core.db.prepare('SELECT sealed FROM secrets').all() as { sealed: Buffer }[];
    expect(raw).toHaveLength(1);
    expect(raw[0]?.sealed.toString('utf8')).not.toContain(site.users.contributor.appPassword);
    core.close();
  });

  it('submits an article: pending post with excerpt, blocks, category, tags, byline and a clean featured photo', async () => {
    const core = laptop();
    await connect(core, site, 'contributor');
    const photo = await core.media.import(await cameraJpeg(), 'Hội nghị giao ban.jpg');
    const article = core.articles.create({
      title: SAMPLE.title,
      sapo: SAMPLE.sapo,
      body: withFigure(SAMPLE.body.join('\n\n'), photo.hash),
      byline: SAMPLE.byline,
      category: 'Trong tỉnh',
      tags: ['Quảng Trị', 'Tuyên giáo'],
    });
    core.sync.submit(article.id);
    expect(core.sync.status(article.id)).toMatchObject({ state: 'queued', pendingIntents: 3 });

    const report = await core.sync.syncNow({ manual: true });
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ uploaded: 1, tagsCreated: 1, remaining: 0 });
    const info = core.sync.status(article.id);
    expect(info).toMatchObject({ state: 'synced', remoteStatus: 'pending', pendingIntents: 0 });

    const post = await postAsEditor(site, info.remoteId ?? 0);
    expect(post.status).toBe('pending');
    expect(post.title.raw).toBe(SAMPLE.title);
    expect(post.excerpt.raw).toBe(SAMPLE.sapo);
    expect(post.content.raw).toContain('<!-- wp:paragraph -->');
    expect(post.content.raw).toContain('<!-- wp:image');
    expect(post.content.raw).toContain('Quang cảnh hội nghị');
    expect(post.content.raw).toMatch(/has-text-align-right[^>]*>Minh Đức</);
    const trongTinh = site.categories.find((category) => category.name === 'Trong tỉnh');
    expect(post.categories).toEqual([trongTinh?.id]);
    expect(post.tags).toHaveLength(2);
    expect(post.meta).toMatchObject({ toasoan_client_id: expect.any(String), toasoan_byline: SAMPLE.byline, toasoan_source: 'QTO' });
    expect(post.featured_media).toBeGreaterThan(0);

    const media = await rest<{ source_url: string }>(site, 'GET', `/wp/v2/media/${post.featured_media}`, { as: 'editor' });
    const uploaded = Buffer.from(await (await fetch(media.body.source_url)).arrayBuffer());
    const metadata = await sharp(uploaded).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    // Rotated upright by its EXIF orientation (3000×2000 landscape stored, portrait shown), then capped at 2048.
    expect([metadata.width, metadata.height]).toEqual([1365, 2048]);
    core.close();
  });

  it('sends later edits with If-Match and merges an editor’s edit to another paragraph', async () => {
    const core = laptop();
    await connect(core, site, 'contributor');
    const article = core.articles.create({ title: 'Tin giao thông', sapo: 'Sapo.', body: docFromPlainText('Một.\n\nHai.\n\nBa.'), category: 'Thời sự' });
    core.sync.submit(article.id);
    await core.sync.syncNow({ manual: true });
    const remoteId = core.sync.status(article.id).remoteId ?? 0;

    // The editor fixes paragraph three on the site…
    const onSite = await postAsEditor(site, remoteId);
    const edited = await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, {
      as: 'editor',
      json: { content: onSite.content.raw.replace('Ba.', 'Ba (biên tập).') },
    });
    expect(edited.status).toBe(200);
    // …while the reporter, offline, rewrites paragraph one.
    core.articles.update(article.id, { body: docFromPlainText('Một (phóng viên).\n\nHai.\n\nBa.') });
    const report = await core.sync.syncNow({ manual: true });
    expect(report.failures).toEqual([]);
    expect(report.pushed.map((push) => push.action)).toContain('merged');

    const local = core.articles.get(article.id);
    const after = await postAsEditor(site, remoteId);
    for (const text of ['Một (phóng viên).', 'Ba (biên tập).']) {
      expect(JSON.stringify(local.body)).toContain(text);
      expect(after.content.raw).toContain(text);
    }
    expect(core.sync.status(article.id).state).toBe('synced');
    core.close();
  });

  it('keeps both versions and touches nothing when the same paragraph was changed on both sides', async () => {
    const core = laptop();
    await connect(core, site, 'contributor');
    const article = core.articles.create({ title: 'Tin mưa lũ', body: docFromPlainText('Một.\n\nHai.') });
    core.sync.submit(article.id);
    await core.sync.syncNow({ manual: true });
    const remoteId = core.sync.status(article.id).remoteId ?? 0;
    const onSite = await postAsEditor(site, remoteId);
    await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, { as: 'editor', json: { content: onSite.content.raw.replace('Hai.', 'Hai (trang).') } });
    const siteVersion = (await postAsEditor(site, remoteId)).content.raw;
    core.articles.update(article.id, { body: docFromPlainText('Một.\n\nHai (máy).') });

    const report = await core.sync.syncNow({ manual: true });
    expect(report.conflicts).toEqual([article.id]);
    expect(core.sync.status(article.id)).toMatchObject({ state: 'conflict', error: { reason: 'editConflict' } });
    expect((await postAsEditor(site, remoteId)).content.raw).toBe(siteVersion);
    expect(JSON.stringify(core.articles.get(article.id).body)).toContain('Hai (máy).');
    const kinds = core.articles.listRevisions(article.id).map((revision) => revision.kind);
    expect(kinds).toEqual(expect.arrayContaining(['conflictLocal', 'conflictRemote']));
    const remoteRevision = core.articles.listRevisions(article.id).find((revision) => revision.kind === 'conflictRemote');
    expect(JSON.stringify(core.articles.getRevision(article.id, remoteRevision?.id ?? 0).fields.body)).toContain('Hai (trang).');
    core.close();
  });

  it('pulls status changes, edits and editorial notes when nothing changed locally', async () => {
    const core = laptop();
    await connect(core, site, 'contributor');
    const article = core.articles.create({ title: 'Tin thể thao', sapo: 'Sapo & tin', body: docFromPlainText('Một.') });
    core.sync.submit(article.id);
    await core.sync.syncNow({ manual: true });
    const remoteId = core.sync.status(article.id).remoteId ?? 0;
    await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, {
      as: 'editor',
      json: { status: 'draft', title: 'Tin thể thao (sửa)', meta: { toasoan_editorial_note: 'Bổ sung nguồn tin.' } },
    });
    const report = await core.sync.syncNow({ manual: true });
    expect(report.pulled).toEqual([{ articleId: article.id, remoteId, action: 'updated' }]);
    expect(core.articles.get(article.id)).toMatchObject({ title: 'Tin thể thao (sửa)', status: 'returned', sapo: 'Sapo & tin' });
    expect(core.sync.status(article.id).editorialNote).toBe('Bổ sung nguồn tin.');
    // A second pass finds nothing new.
    expect((await core.sync.syncNow({ manual: true })).pulled).toEqual([]);
    core.close();
  });
});

describe('two processes on one library', () => {
  it('never run two sync passes of the same site at once', async () => {
    const first = laptop();
    await connect(first, site, 'author');
    // A second core on the same library file stands in for `toasoan sync` beside the app.
    const { createCore } = await import('../../electron/main/core/createCore.ts');
    const { InsecureTestCipher } = await import('../../electron/main/core/secrets/InsecureTestCipher.ts');
    const { MemorySettingsStore } = await import('../../electron/main/core/settings/SettingsStore.ts');
    const dataDir = (first.db.name as string).replace(/\/toasoan\.sqlite$/, '');
    const second = createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
    const article = first.articles.create({ title: 'Tin hai tiến trình', body: docFromPlainText('Một.') });
    first.sync.submit(article.id);
    const [a, b] = await Promise.all([first.sync.syncNow({ manual: true }), second.sync.syncNow({ manual: true })]);
    const busy = [a, b].filter((report) => report.failures.some((failure) => failure.error.reason === 'syncBusy'));
    expect(busy).toHaveLength(1);
    const posts = await rest<unknown[]>(site, 'GET', `/wp/v2/posts?context=edit&status=any&search=${encodeURIComponent('Tin hai tiến trình')}`, { as: 'editor' });
    expect(posts.body).toHaveLength(1);
    second.close();
    first.close();
  });
});
