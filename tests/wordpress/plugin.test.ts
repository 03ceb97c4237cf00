import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activateCompanionPlugin, COMPANION_PLUGIN_BASENAME, deactivateCompanionPlugin } from './companionPlugin.ts';
import { rest, type RestRequest } from './rest.ts';
import { startWordPress, type WordPressSite, type WordPressUser } from './startWordPress.ts';
import { createUser } from './users.ts';

const HOOK_TIMEOUT = 60_000;

interface Post {
  id: number;
  status: string;
  title: { raw: string };
  meta: Record<string, string> | [];
  toasoan_rev: number;
}

interface RestError {
  code: string;
  data: { status: number; rev?: number };
}

/** A 4×4 red JPEG: WordPress checks the bytes, not just the extension. */
const JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAEAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCeACoH/9k=',
  'base64',
);
const IMAGE_NAME = 'Ảnh hội nghị giao ban tuyên giáo.jpg';

/**
 * Multipart, because Node refuses non-ASCII header values (no raw-body upload with a
 * Content-Disposition header). The title is sent too: WordPress 6.1 strips accents
 * from file names and titles REST uploads after the stripped name.
 */
function upload(site: WordPressSite, as: RestRequest['as']) {
  const form = new FormData();
  form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), IMAGE_NAME);
  form.append('title', 'Ảnh hội nghị giao ban tuyên giáo');
  form.append('alt_text', 'Quang cảnh hội nghị');
  return rest<{ id: number; title: { raw: string }; source_url: string } & Partial<RestError>>(site, 'POST', '/wp/v2/media', {
    as,
    form,
  });
}

function createPost(site: WordPressSite, as: RestRequest['as'], json: Record<string, unknown>) {
  return rest<Post>(site, 'POST', '/wp/v2/posts', { as, json: { title: 'Bài thử', content: '<p>Nội dung</p>', ...json } });
}

function lookup(site: WordPressSite, as: RestRequest['as'], clientId: string) {
  return rest<Post[]>(site, 'GET', `/wp/v2/posts?toasoan_client_id=${encodeURIComponent(clientId)}&status=any&context=edit`, {
    as,
  });
}

function putTitle(site: WordPressSite, id: number, title: string, ifMatch?: string) {
  return rest<Post & RestError>(site, 'PUT', `/wp/v2/posts/${id}`, {
    as: 'contributor',
    json: { title },
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });
}

/** Warnings, notices or database errors from our plugin (WordPress 6.1 itself logs PHP 8.2 deprecations). */
function pluginLogLines(site: WordPressSite): string[] {
  return site
    .debugLog()
    .split('\n')
    .filter((line) => /toasoan/i.test(line));
}

describe('companion plugin, as a must-use plugin', { timeout: 30_000 }, () => {
  let site: WordPressSite;
  let otherContributor: WordPressUser;
  beforeAll(async () => {
    site = await startWordPress({ plugin: true });
    otherContributor = await createUser(site, 'contributor2', 'contributor', 'Cộng tác viên Hồ Văn Bình');
  }, HOOK_TIMEOUT);
  afterAll(() => site?.stop(), HOOK_TIMEOUT);

  it('keeps editorial meta private: only people who can edit the post see it, in context=edit', async () => {
    const meta = {
      toasoan_client_id: 'c-privacy',
      toasoan_editorial_note: 'Chờ xác minh số liệu với Sở Tài chính',
      toasoan_byline: 'Minh Đức',
      toasoan_source: 'Báo cáo của UBND tỉnh',
      toasoan_dateline: 'Đông Hà',
    };
    const created = await createPost(site, 'contributor', { status: 'pending', meta });
    expect(created.status).toBe(201);
    expect(created.body.meta).toEqual(meta);
    const id = created.body.id;

    const mine = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'contributor' });
    expect(mine.body.meta).toEqual(meta);
    expect((await rest(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: otherContributor })).status).toBe(403);

    expect((await rest(site, 'POST', `/wp/v2/posts/${id}`, { as: 'editor', json: { status: 'publish' } })).status).toBe(200);
    const anonymous = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.meta).toEqual([]);
    expect(JSON.stringify(anonymous.body)).not.toContain('Sở Tài chính');

    // In context=edit a collection leaves out what the user cannot edit (X-WP-Total still counts it).
    const listed = await rest<Post[]>(site, 'GET', `/wp/v2/posts?include=${id}&context=edit`, { as: otherContributor });
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
    const viewed = await rest<Post[]>(site, 'GET', `/wp/v2/posts?include=${id}`, { as: otherContributor });
    expect(viewed.body.map((post) => post.meta)).toEqual([[]]);

    const editor = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'editor' });
    expect(editor.body.meta).toEqual(meta);
  });

  it('finds a post by client id for its author, in draft and pending, and for editors; not for others', async () => {
    const draft = await createPost(site, 'contributor', { status: 'draft', meta: { toasoan_client_id: 'c-draft' } });
    const pending = await createPost(site, 'contributor', { status: 'pending', meta: { toasoan_client_id: 'c-pending' } });
    await createPost(site, 'contributor', { status: 'pending', meta: { toasoan_client_id: 'c-other' } });

    const foundDraft = await lookup(site, 'contributor', 'c-draft');
    expect(foundDraft.body.map((post) => [post.id, post.status])).toEqual([[draft.body.id, 'draft']]);
    expect(foundDraft.headers.get('x-wp-total')).toBe('1');
    const foundPending = await lookup(site, 'contributor', 'c-pending');
    expect(foundPending.body.map((post) => [post.id, post.status])).toEqual([[pending.body.id, 'pending']]);
    expect((await lookup(site, 'editor', 'c-pending')).body.map((post) => post.id)).toEqual([pending.body.id]);

    const stranger = await lookup(site, otherContributor, 'c-pending');
    expect(stranger.status).toBe(200);
    expect(stranger.body).toEqual([]);
    expect(stranger.headers.get('x-wp-total')).toBe('0');
    expect((await lookup(site, 'contributor', 'c-nobody')).body).toEqual([]);

    // Once published, a contributor can no longer edit it: context=edit leaves it out
    // (but counts it); context=view still finds it.
    await rest(site, 'POST', `/wp/v2/posts/${pending.body.id}`, { as: 'editor', json: { status: 'publish' } });
    const published = await lookup(site, 'contributor', 'c-pending');
    expect([published.body, published.headers.get('x-wp-total')]).toEqual([[], '1']);
    const viewed = await rest<Post[]>(site, 'GET', '/wp/v2/posts?toasoan_client_id=c-pending&status=any&_fields=id,status', {
      as: 'contributor',
    });
    expect(viewed.body).toEqual([{ id: pending.body.id, status: 'publish' }]);
  });

  it('versions posts: ETag on single posts, 412 on a stale If-Match, every other update counted', async () => {
    const created = await createPost(site, 'contributor', { status: 'pending' });
    expect(created.headers.get('etag')).toBe('"1"');
    const id = created.body.id;
    const read = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'contributor' });
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body.toasoan_rev).toBe(1);

    const stale = await putTitle(site, id, 'Bản cũ', '"7"');
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('toasoan_version_mismatch');
    expect(stale.body.data.rev).toBe(1);
    expect(stale.headers.get('etag')).toBe('"1"');

    const weak = await putTitle(site, id, 'Bản 2', 'W/"1"');
    expect([weak.status, weak.headers.get('etag'), weak.body.toasoan_rev]).toEqual([200, '"2"', 2]);
    const unquoted = await putTitle(site, id, 'Bản 3', '2');
    expect([unquoted.status, unquoted.headers.get('etag')]).toEqual([200, '"3"']);
    const unconditional = await putTitle(site, id, 'Bản 4');
    expect([unconditional.status, unconditional.headers.get('etag')]).toEqual([200, '"4"']);

    // As wp-admin would save it.
    await site.php(`wp_update_post(['ID' => ${id}, 'post_title' => 'Sửa trong wp-admin']);`);
    const afterAdmin = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'contributor' });
    expect([afterAdmin.headers.get('etag'), afterAdmin.body.title.raw]).toEqual(['"5"', 'Sửa trong wp-admin']);
    expect((await putTitle(site, id, 'Bản cũ', '"4"')).status).toBe(412);

    const listed = await rest<Post[]>(site, 'GET', `/wp/v2/posts?include=${id}&status=pending&_fields=id,toasoan_rev`, {
      as: 'contributor',
    });
    expect(listed.body).toEqual([{ id, toasoan_rev: 5 }]);
    expect(listed.headers.get('etag')).toBeNull();
  });

  it('lets exactly one of ten racing writes with the same If-Match through', async () => {
    const created = await createPost(site, 'contributor', { status: 'pending' });
    const id = created.body.id;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => putTitle(site, id, `Đua ${i}`, '"1"')));
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    const winner = results.find((result) => result.status === 200);
    const final = await rest<Post>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'contributor' });
    expect(final.body.toasoan_rev).toBe(2);
    expect(final.body.title.raw).toBe(winner?.body.title.raw);
  });

  it('lets contributors upload media, but not edit or delete anyone else’s', async () => {
    const mine = await upload(site, 'contributor');
    expect(mine.status).toBe(201);
    expect(mine.body.title.raw).toBe('Ảnh hội nghị giao ban tuyên giáo');
    expect(mine.body.source_url).toMatch(/\/Anh-hoi-nghi-giao-ban-tuyen-giao\.jpg$/);
    const fetched = await fetch(mine.body.source_url);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(JPEG);

    const theirs = await upload(site, 'editor');
    expect(theirs.status).toBe(201);
    const edit = await rest<RestError>(site, 'POST', `/wp/v2/media/${theirs.body.id}`, { as: 'contributor', json: { alt_text: 'x' } });
    expect([edit.status, edit.body.code]).toEqual([403, 'rest_cannot_edit']);
    const remove = await rest<RestError>(site, 'DELETE', `/wp/v2/media/${theirs.body.id}?force=true`, { as: 'contributor' });
    expect([remove.status, remove.body.code]).toEqual([403, 'rest_cannot_delete']);
  });

  it('describes itself at /toasoan/v1/info to signed-in users, and follows the uploads option', async () => {
    const info = await rest(site, 'GET', '/toasoan/v1/info', { as: 'contributor' });
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      plugin: 'toasoan-companion',
      version: '1.0.0',
      features: ['client-id', 'etag', 'private-meta', 'contributor-uploads'],
      contributorUploads: true,
      revField: 'toasoan_rev',
    });
    expect((await rest(site, 'GET', '/toasoan/v1/info')).status).toBe(401);

    await site.php("update_option('toasoan_contributor_uploads', false);");
    try {
      expect((await rest(site, 'GET', '/toasoan/v1/info', { as: 'editor' })).body.contributorUploads).toBe(false);
      expect((await upload(site, 'contributor')).status).toBe(403);
    } finally {
      await site.php("update_option('toasoan_contributor_uploads', true);");
    }
  });

  it('logged no PHP warnings or notices from the plugin', () => {
    expect(pluginLogLines(site)).toEqual([]);
  });
});

describe('stock WordPress, then the plugin activated as a normal plugin', { timeout: 30_000 }, () => {
  let site: WordPressSite;
  beforeAll(async () => {
    site = await startWordPress({ plugin: false });
  }, HOOK_TIMEOUT);
  afterAll(() => site?.stop(), HOOK_TIMEOUT);

  it('stock: contributors cannot upload, there is no /toasoan/v1, If-Match is ignored', async () => {
    const denied = await upload(site, 'contributor');
    expect([denied.status, denied.body.code]).toEqual([403, 'rest_cannot_create']);
    const info = await rest<RestError>(site, 'GET', '/toasoan/v1/info', { as: 'contributor' });
    expect([info.status, info.body.code]).toEqual([404, 'rest_no_route']);
    const created = await createPost(site, 'contributor', { status: 'pending' });
    expect(created.headers.get('etag')).toBeNull();
    expect((await putTitle(site, created.body.id, 'Ghi đè', '"999"')).status).toBe(200);
  });

  it('activated: the same features, and deactivating takes the upload right back', async () => {
    await activateCompanionPlugin(site);
    const info = await rest<{ plugin: string }>(site, 'GET', '/toasoan/v1/info', { as: 'contributor' });
    expect([info.status, info.body.plugin]).toEqual([200, 'toasoan-companion']);
    expect((await upload(site, 'contributor')).status).toBe(201);

    // A post written before activation has no counter yet: it reads as 1, and the
    // first conditional writes race for creating the row as fairly as for bumping it.
    const before = await rest<Post[]>(site, 'GET', '/wp/v2/posts?status=pending&context=edit', { as: 'contributor' });
    const old = before.body[0];
    expect(old?.toasoan_rev).toBe(1);
    const racing = await Promise.all(Array.from({ length: 10 }, (_, i) => putTitle(site, old?.id ?? 0, `Đua ${i}`, '"1"')));
    expect(racing.filter((result) => result.status === 200)).toHaveLength(1);
    const rows = await site.php(`echo count(get_post_meta(${old?.id}, '_toasoan_rev'));`);
    expect(rows).toBe('1');
    const created = await createPost(site, 'contributor', { status: 'pending', meta: { toasoan_client_id: 'c-activated' } });
    expect(created.headers.get('etag')).toBe('"1"');
    expect((await putTitle(site, created.body.id, 'Bản cũ', '"3"')).status).toBe(412);
    expect((await lookup(site, 'contributor', 'c-activated')).body.map((post) => post.id)).toEqual([created.body.id]);

    await deactivateCompanionPlugin(site);
    expect((await upload(site, 'contributor')).status).toBe(403);
    expect((await rest(site, 'GET', '/toasoan/v1/info', { as: 'contributor' })).status).toBe(404);
    expect(pluginLogLines(site)).toEqual([]);
  });

  it('deleting the plugin removes its option', async () => {
    await site.php("update_option('toasoan_contributor_uploads', false);");
    const output = await site.php(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      uninstall_plugin('${COMPANION_PLUGIN_BASENAME}');
      var_export(get_option('toasoan_contributor_uploads', 'absent'));
    `);
    expect(output.trim()).toBe("'absent'");
  });
});
