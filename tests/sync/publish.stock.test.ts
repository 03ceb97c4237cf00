import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromPlainText, type BodyDoc } from '../../shared/domain/articleBody.ts';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy.ts';
import { startWordPress, type WordPressSite } from '../wordpress/startWordPress.ts';
import { rest } from '../wordpress/rest.ts';
import { allPosts, cameraJpeg, connect, laptop, postAsEditor } from './fixture.ts';

let site: WordPressSite;
let proxy: FaultProxy;

beforeAll(async () => {
  site = await startWordPress({ plugin: false });
  proxy = await startFaultProxy(site.url);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await site?.stop();
});

describe('publishing to a stock WordPress (no companion plugin)', () => {
  it('degrades gracefully: no plugin, no uploads for contributors, posts still go up as pending', async () => {
    const core = laptop();
    expect(await connect(core, site, 'contributor')).toMatchObject({ hasPlugin: false, canUpload: false, role: 'reporter' });
    const article = core.articles.create({ title: 'Tin không plugin', sapo: 'Sapo.', body: docFromPlainText('Một.'), category: 'Kinh tế', tags: ['Giao thông'] });
    core.sync.submit(article.id);
    const report = await core.sync.syncNow({ manual: true });
    expect(report.failures).toEqual([]);
    const post = await postAsEditor(site, core.sync.status(article.id).remoteId ?? 0);
    expect(post).toMatchObject({ status: 'pending', title: { raw: 'Tin không plugin' } });
    // Unregistered meta never reaches a stock site; the app does not send it.
    expect(post.meta).toEqual([]);
    core.close();
  });

  it('says why a contributor’s photo cannot go up, and keeps the article and the photo', async () => {
    const core = laptop();
    await connect(core, site, 'contributor');
    const photo = await core.media.import(await cameraJpeg(800, 600), 'ảnh.jpg');
    const body: BodyDoc = docFromPlainText('Một.');
    body.content.push({ type: 'figure', attrs: { media: photo.hash, src: null, alt: '', caption: 'Ảnh', credit: '', remoteId: null } });
    const article = core.articles.create({ title: 'Tin có ảnh', body });
    core.sync.submit(article.id);
    const report = await core.sync.syncNow({ manual: true });
    expect(report.failures.map((failure) => failure.error.reason)).toContain('roleTooLow');
    expect(core.sync.status(article.id)).toMatchObject({ state: 'error', error: { reason: 'roleTooLow' } });
    expect(core.articles.get(article.id).body).toEqual(body);
    core.close();
  });

  it('finds the post a lost create made (title fallback) instead of creating a duplicate', async () => {
    const core = laptop();
    await connect(core, site, 'author', proxy.url);
    const title = `Tin mất phản hồi ${Date.now()}`;
    const article = core.articles.create({ title, body: docFromPlainText('Một.') });
    core.sync.submit(article.id);
    proxy.setPolicy(({ method, path }) => (method === 'POST' && path.startsWith('/wp-json/wp/v2/posts') ? { kind: 'cutAfterCommit' } : { kind: 'pass' }));
    const first = await core.sync.syncNow({ manual: true });
    expect(first.failures.length).toBeGreaterThan(0);
    proxy.setPolicy(() => ({ kind: 'pass' }));
    const second = await core.sync.syncNow({ manual: true });
    expect(second.pushed.map((push) => push.action)).toEqual(['adopted']);
    expect((await allPosts(site)).filter((post) => post.title.raw === title)).toHaveLength(1);
    core.close();
  });

  it('detects an edit made on the site through modified_gmt and merges it', async () => {
    const core = laptop();
    await connect(core, site, 'author');
    const article = core.articles.create({ title: 'Tin hợp nhất', body: docFromPlainText('Một.\n\nHai.') });
    core.sync.submit(article.id);
    await core.sync.syncNow({ manual: true });
    const remoteId = core.sync.status(article.id).remoteId ?? 0;
    // modified_gmt has one-second resolution: let the clock move on before the editor's save.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const onSite = await postAsEditor(site, remoteId);
    await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, { as: 'editor', json: { content: onSite.content.raw.replace('Hai.', 'Hai (biên tập).') } });
    core.articles.update(article.id, { title: 'Tin hợp nhất (sửa)' });
    const report = await core.sync.syncNow({ manual: true });
    expect(report.failures).toEqual([]);
    expect(report.pushed.map((push) => push.action)).toEqual(['merged']);
    const after = await postAsEditor(site, remoteId);
    expect(after.title.raw).toBe('Tin hợp nhất (sửa)');
    expect(after.content.raw).toContain('Hai (biên tập).');
    core.close();
  });
});
