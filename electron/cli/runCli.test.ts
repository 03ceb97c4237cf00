import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../../tests/support/core.ts';
import type { Article, ArticleSummary } from '../../shared/domain/article.ts';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { JsonFileSettingsStore } from '../main/core/settings/JsonFileSettingsStore.ts';
import { runCaptured } from './captureIo.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SAMPLE_BODY = SAMPLE.body.join('\n\n');

function sampleArgs(data: string, bodyFile: string): string[] {
  return [
    '--data', data, 'new', '--title', SAMPLE.title, '--sapo', SAMPLE.sapo, '--byline', SAMPLE.byline,
    '--category', 'Thời sự', '--tags', 'tuyên giáo, Quảng Trị', '--body-file', bodyFile,
  ];
}

function writeBody(dir: string, content: string | Uint8Array): string {
  const file = path.join(dir, 'bai.txt');
  fs.writeFileSync(file, content);
  return file;
}

describe('toasoan new → list → show', () => {
  it('round-trips the Vietnamese sample in the default language', async () => {
    const data = tempDir();
    const created = await runCaptured(sampleArgs(data, writeBody(tempDir(), SAMPLE_BODY)));
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const id = /Đã tạo bài (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(id).toMatch(UUID);

    const list = await runCaptured(['--data', data, 'list']);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    const [header, row, extra] = list.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^Mã\s+Trạng thái\s+Cập nhật\s+Số chữ\s+Tiêu đề$/);
    expect(row).toMatch(new RegExp(`^${id}\\s+Bản nháp\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+\\d+\\s+${SAMPLE.title}$`));
    expect(extra).toBeUndefined();

    const show = await runCaptured(['--data', data, 'show', id]);
    expect(show).toMatchObject({ code: 0, stderr: '' });
    for (const line of [`Mã:`, `Tiêu đề:`, `Bút danh:`, `Chuyên mục:`, `Thẻ:`]) expect(show.stdout).toContain(line);
    expect(show.stdout).toContain(SAMPLE.title);
    expect(show.stdout).toContain(SAMPLE.sapo);
    expect(show.stdout).toContain(SAMPLE.byline);
    expect(show.stdout).toContain('tuyên giáo, Quảng Trị');
    expect(show.stdout).toContain(`Nội dung:\n${SAMPLE_BODY}\n`);
  });

  it('prints JSON objects with --json', async () => {
    const data = tempDir();
    const created = await runCaptured(['--json', ...sampleArgs(data, writeBody(tempDir(), SAMPLE_BODY))]);
    expect(created.code).toBe(0);
    const article = JSON.parse(created.stdout) as Article;
    expect(article).toMatchObject({
      id: expect.stringMatching(UUID),
      title: SAMPLE.title,
      sapo: SAMPLE.sapo,
      byline: SAMPLE.byline,
      category: 'Thời sự',
      tags: ['tuyên giáo', 'Quảng Trị'],
      status: 'draft',
      body: docFromPlainText(SAMPLE_BODY),
      trashedAt: null,
      version: 1,
    });
    expect(article.wordCount).toBeGreaterThan(0);

    const list = await runCaptured(['--data', data, 'list', '--json']);
    const summaries = JSON.parse(list.stdout) as ArticleSummary[];
    expect(summaries).toEqual([
      {
        id: article.id, title: SAMPLE.title, status: 'draft', wordCount: article.wordCount,
        updatedAt: article.updatedAt, trashedAt: null, byline: SAMPLE.byline, category: 'Thời sự',
      },
    ]);

    const show = await runCaptured(['--data', data, '--json', 'show', article.id.toUpperCase()]);
    expect(JSON.parse(show.stdout)).toEqual(article);
  });

  it('says the library is empty, or prints [] with --json', async () => {
    const data = tempDir();
    expect(await runCaptured(['--data', data, 'list'])).toEqual({ code: 0, stdout: 'Chưa có bài nào.\n', stderr: '' });
    expect(await runCaptured(['--data', data, 'list', '--json'])).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });

  it('creates an article with only a title and an empty body', async () => {
    const data = tempDir();
    const created = await runCaptured(['--data', data, '--json', 'new', '--title', 'Tin nhanh']);
    expect(JSON.parse(created.stdout)).toMatchObject({ title: 'Tin nhanh', sapo: '', tags: [], wordCount: 0 });
  });
});

describe('where the library is and which language speaks', () => {
  it('uses TOASOAN_DATA when --data is absent', async () => {
    const data = tempDir();
    expect((await runCaptured(['new', '--title', 'A'], { env: { TOASOAN_DATA: data } })).code).toBe(0);
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(true);
  });

  it("falls back to the desktop app's folder", async () => {
    const home = tempDir();
    const run = await runCaptured(['new', '--title', 'A'], { env: {}, platform: 'linux', homedir: home });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(home, '.config', 'Tòa soạn', LIBRARY_FILE))).toBe(true);
  });

  it("follows the app's language setting unless --lang says otherwise", async () => {
    const data = tempDir();
    new JsonFileSettingsStore(data).set('language', 'en');
    expect((await runCaptured(['--data', data, 'list'])).stdout).toBe('No articles yet.\n');
    expect((await runCaptured(['--data', data, '--lang', 'vi', 'list'])).stdout).toBe('Chưa có bài nào.\n');
  });

  it('speaks English with --lang en', async () => {
    const data = tempDir();
    const created = await runCaptured(['--data', data, '--lang', 'en', 'new', '--title', 'Lũ miền Trung', '--byline', 'Lan']);
    expect(created.stdout).toMatch(/^Created article \S+\n$/);
    const list = await runCaptured(['--data', data, '--lang', 'en', 'list']);
    expect(list.stdout).toMatch(/^ID\s+Status\s+Updated\s+Words\s+Title\n\S+\s+Draft\s/);
    const show = await runCaptured(['--data', data, '--lang', 'en', 'show', 'not-an-id']);
    expect(show).toMatchObject({ code: 1, stdout: '', stderr: 'ID: Invalid article id.\n' });
  });
});

describe('closing the library', () => {
  it('closes the database on success and on failure, leaving no WAL behind', async () => {
    const data = tempDir();
    const file = path.join(data, LIBRARY_FILE);
    expect((await runCaptured(['--data', data, 'new', '--title', 'A'])).code).toBe(0);
    // SQLite checkpoints and deletes the -wal file when the last connection closes.
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect((await runCaptured(['--data', data, 'new', '--title', 'x'.repeat(501)])).code).toBe(1);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect((await runCaptured(['--data', data, 'show', '00000000-0000-4000-8000-000000000000'])).code).toBe(1);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
