import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/domain/article.ts';
import type { ArticleSyncInfo, SyncReport } from '../../shared/domain/site.ts';
import { en } from '../../shared/i18n/en.ts';
import { vi } from '../../shared/i18n/vi.ts';
import { tempDir } from '../../tests/support/core.ts';
import { rest } from '../../tests/wordpress/rest.ts';
import { startWordPress, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { runCaptured, type CliRun } from './captureIo.ts';

const TEST_VAULT = { TOASOAN_INSECURE_TEST_VAULT: '1' };
// A submit-and-sync is a dozen loopback requests; restarting php -S takes about a second.
const SYNC_TIMEOUT_MS = 60_000;

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress({ plugin: true });
}, 60_000);

afterAll(async () => {
  await site?.stop();
}, 60_000);

/** One laptop library per test, its own `toasoan` bound to it. */
async function reporterLibrary(): Promise<(...argv: string[]) => Promise<CliRun>> {
  const data = tempDir();
  const cli = (...argv: string[]) => runCaptured(['--data', data, ...argv], { env: TEST_VAULT });
  const user = site.users.contributor;
  const added = await runCaptured(['--data', data, 'site', 'add', site.url, '--user', user.login, '--app-password-stdin'], {
    env: TEST_VAULT,
    stdin: `${user.appPassword}\n`,
  });
  expect(added).toMatchObject({ code: 0, stderr: '' });
  return cli;
}

async function newArticle(cli: (...argv: string[]) => Promise<CliRun>, title: string): Promise<Article> {
  const created = await cli('--json', 'new', '--title', title, '--category', 'Thời sự', '--tags', 'Quảng Trị', '--body-file', '-');
  expect(created).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(created.stdout) as Article;
}

describe('toasoan submit → sync → status against WordPress', { timeout: SYNC_TIMEOUT_MS }, () => {
  it('puts a new article on the site as pending and reports it synced', async () => {
    const cli = await reporterLibrary();
    const article = await newArticle(cli, 'Lũ miền Trung: hàng nghìn hộ dân được sơ tán');

    const before = await cli('status', article.id);
    expect(before).toMatchObject({ code: 0, stderr: '' });
    expect(before.stdout).toMatch(/^Đồng bộ:\s+Chỉ trên máy$/m);

    const submitted = await cli('submit', article.id.toUpperCase());
    expect(submitted).toEqual({
      code: 0,
      stdout: `Đã gửi duyệt bài ${article.id}: Chờ duyệt. Bài sẽ lên trang ở lần đồng bộ tới (toasoan sync).\n`,
      stderr: '',
    });
    expect((await cli('status', article.id)).stdout).toMatch(/^Đồng bộ:\s+Đang chờ gửi$/m);

    const synced = await cli('sync', '--json');
    expect(synced).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(synced.stdout) as SyncReport;
    expect(report).toMatchObject({ reachable: true, failures: [], remaining: 0 });
    const pushed = report.pushed.find((item) => item.articleId === article.id);
    expect(pushed).toMatchObject({ action: 'created', remoteId: expect.any(Number) });

    const post = await rest<{ status: string; title: { raw: string } }>(site, 'GET', `/wp/v2/posts/${pushed?.remoteId}?context=edit`, { as: 'editor' });
    expect(post.status).toBe(200);
    expect(post.body).toMatchObject({ status: 'pending', title: { raw: article.title } });

    const status = await cli('status', article.id);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toMatch(/^Trạng thái:\s+Chờ duyệt$/m);
    expect(status.stdout).toMatch(/^Đồng bộ:\s+Đã đồng bộ$/m);
    expect(status.stdout).toMatch(new RegExp(`^Mã bài trên trang:\\s+${pushed?.remoteId}$`, 'm'));
    expect(status.stdout).toMatch(/^Liên kết:\s+http:\/\/127\.0\.0\.1:\d+\/\S+$/m);

    const json = JSON.parse((await cli('--json', 'status', article.id)).stdout) as ArticleSyncInfo & Pick<Article, 'title' | 'status'>;
    expect(json).toMatchObject({
      articleId: article.id, state: 'synced', remoteId: pushed?.remoteId, remoteStatus: 'pending',
      error: null, pendingIntents: 0, title: article.title, status: 'submitted',
    });
  });

  it('tells people what moved, by title, in their language', async () => {
    const cli = await reporterLibrary();
    const article = await newArticle(cli, 'Tin giao thông');
    expect((await cli('submit', article.id)).code).toBe(0);
    const synced = await cli('--lang', 'en', 'sync');
    expect(synced).toMatchObject({ code: 0, stderr: '' });
    const lines = synced.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Site: Báo Tòa soạn (thử nghiệm) (${site.url})`);
    expect(lines[1]).toMatch(/^Synced: sent 1 article/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Sent\s+Created\s+#\d+\s+Tin giao thông$/));
    expect(lines.at(-1)).toBe('Outbox: 0 tasks still waiting');
    expect(await cli('sync')).toMatchObject({ code: 0, stderr: '' });
  });

  it('exits 1 while the site is down, keeps the article queued, and sends it once the site is back', async () => {
    const cli = await reporterLibrary();
    const article = await newArticle(cli, 'Bài gửi lúc mất mạng');
    expect((await cli('submit', article.id)).code).toBe(0);

    await site.stopServer();
    try {
      const down = await cli('sync');
      expect(down.code).toBe(1);
      expect(down.stderr).toBe(`Không đồng bộ được. ${vi.errors.reason.siteUnreachable}\n`);
      expect(down.stdout).toMatch(/^Hàng chờ: còn [1-9]\d* việc chờ gửi$/m);

      const downJson = await cli('--json', '--lang', 'en', 'sync');
      expect(downJson.code).toBe(1);
      expect(JSON.parse(downJson.stdout)).toMatchObject({ reachable: false, failures: [{ kind: 'probe', error: { reason: 'siteUnreachable' } }] });
      expect(downJson.stderr).toBe(`Could not sync. ${en.errors.reason.siteUnreachable}\n`);

      expect((await cli('status', article.id)).stdout).toMatch(/^Đồng bộ:\s+Đang chờ gửi$/m);
    } finally {
      await site.startServer();
    }

    const back = await cli('sync', '--json');
    expect(back).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(back.stdout) as SyncReport).pushed).toContainEqual(expect.objectContaining({ articleId: article.id, action: 'created' }));
    expect((await cli('status', article.id)).stdout).toMatch(/^Đồng bộ:\s+Đã đồng bộ$/m);
  });

  it('reports a failure of one article with its title and exits 1', async () => {
    const cli = await reporterLibrary();
    const created = await cli('--json', 'new', '--title', 'Bài sai chuyên mục', '--category', 'Chuyên mục không có');
    const article = JSON.parse(created.stdout) as Article;
    expect((await cli('submit', article.id)).code).toBe(0);
    const synced = await cli('sync');
    expect(synced.code).toBe(1);
    expect(synced.stderr).toBe(`Gửi bài “Bài sai chuyên mục” lên trang không thành công. ${vi.errors.reason.unknownCategory}\n`);
    const status = await cli('status', article.id);
    expect(status.stdout).toMatch(/^Đồng bộ:\s+Lỗi$/m);
    expect(status.stdout).toContain(`Lỗi gần nhất:`);
    expect(status.stdout).toContain(vi.errors.reason.unknownCategory);
  });
});
