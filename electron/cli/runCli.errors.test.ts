import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/core.ts';
import { en } from '../../shared/i18n/en.ts';
import { vi } from '../../shared/i18n/vi.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { runCaptured } from './captureIo.ts';

/** A stack trace line, which a reporter should never have to read. */
const STACK = /^\s+at /m;

const where = (data: string, language: 'vi' | 'en' = 'vi'): string =>
  `${language === 'vi' ? 'Tệp thư viện' : 'Library file'}: ${path.join(data, LIBRARY_FILE)}\n`;

describe('usage mistakes exit 2 with the message and the usage', () => {
  it.each([
    [[], 'Thiếu lệnh'],
    [['lst'], 'Lệnh không rõ: lst'],
    [['list', '--verbose'], 'Tùy chọn không rõ: --verbose'],
    [['new', '--title'], 'Thiếu giá trị cho --title'],
    [['new', '--sapo', 'S'], 'Thiếu --title'],
    [['show'], 'Thiếu ID'],
    [['show', 'a', 'b'], 'Thừa đối số: b'],
    [['--lang', 'fr', 'list'], 'Giá trị không hợp lệ cho --lang: fr'],
    [['site'], 'Thiếu lệnh con sau “site” (add, list)'],
    [['site', 'add', '--user', 'pv', '--app-password-stdin'], 'Thiếu URL'],
    [['site', 'add', 'https://bao.vn', '--app-password-stdin'], 'Thiếu --user'],
    [['site', 'add', 'https://bao.vn', '--user', 'pv'], 'Thiếu --app-password-stdin'],
    [['submit'], 'Thiếu ID'],
    [['sync', 'ngay'], 'Thừa đối số: ngay'],
  ])('%j → %s', async (argv, message) => {
    const data = tempDir();
    const run = await runCaptured(['--data', data, ...argv]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n${vi.cli.usage}\n` });
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(false);
  });

  it.each([
    [['--app-password', 'abcd efgh ijkl mnop']],
    [['--app-password=abcd efgh ijkl mnop']],
    [['--password', 'abcd efgh ijkl mnop']],
  ])('refuses a password on the command line (%j), points to stdin and never repeats it', async (option) => {
    const data = tempDir();
    const argv = ['--data', data, 'site', 'add', 'https://bao.vn', '--user', 'pv', ...option, '--app-password-stdin'];
    expect(await runCaptured(argv)).toEqual({ code: 2, stdout: '', stderr: `${vi.cli.passwordOnArgv}\n${vi.cli.usage}\n` });
    const english = await runCaptured(['--lang', 'en', ...argv]);
    expect(english).toEqual({ code: 2, stdout: '', stderr: `${en.cli.passwordOnArgv}\n${en.cli.usage}\n` });
    expect(en.cli.passwordOnArgv).toContain('--app-password-stdin');
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(false);
  });

  it('does not print a stray word after the site URL, which is likely the password', async () => {
    const run = await runCaptured(['--data', tempDir(), 'site', 'add', 'https://bao.vn', '--user', 'pv', 'abcd efgh ijkl mnop']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${vi.cli.unexpectedSecretArgument}\n${vi.cli.usage}\n` });
  });

  it('reports usage mistakes in English with --lang en, even when it comes after the mistake', async () => {
    const run = await runCaptured(['--data', tempDir(), 'lst', '--lang', 'en']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `Unknown command: lst\n${en.cli.usage}\n` });
  });

  it('prints the usage on stdout and exits 0 for --help', async () => {
    expect(await runCaptured(['--help', '--lang', 'en'])).toEqual({ code: 0, stdout: `${en.cli.usage}\n`, stderr: '' });
    expect(await runCaptured(['help'], { env: { TOASOAN_DATA: tempDir() } })).toEqual({
      code: 0, stdout: `${vi.cli.usage}\n`, stderr: '',
    });
  });
});

describe('failures exit 1 with a translated message', () => {
  it('reports an unknown id as not found', async () => {
    const data = tempDir();
    const id = '00000000-0000-4000-8000-00000000abcd';
    expect(await runCaptured(['--data', data, 'show', id])).toEqual({ code: 1, stdout: '', stderr: 'Không tìm thấy bài viết.\n' });
    expect(await runCaptured(['--data', data, '--lang', 'en', 'show', id])).toEqual({
      code: 1, stdout: '', stderr: 'Article not found.\n',
    });
  });

  it('refuses to sync or submit before a site is connected', async () => {
    const data = tempDir();
    const noSite = `${vi.errors.reason.noSite}\n`;
    expect(await runCaptured(['--data', data, 'sync'])).toEqual({ code: 1, stdout: '', stderr: noSite });
    expect(await runCaptured(['--data', data, 'sync', '--json'])).toEqual({ code: 1, stdout: '', stderr: noSite });
    const created = await runCaptured(['--data', data, '--json', 'new', '--title', 'Bài chưa có trang']);
    const { id } = JSON.parse(created.stdout) as { id: string };
    expect(await runCaptured(['--data', data, 'submit', id])).toEqual({ code: 1, stdout: '', stderr: noSite });
    expect(await runCaptured(['--data', data, '--lang', 'en', 'sync'])).toEqual({ code: 1, stdout: '', stderr: `${en.errors.reason.noSite}\n` });

    const status = await runCaptured(['--data', data, 'status', id]);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toMatch(/^Đồng bộ:\s+Chỉ trên máy$/m);
    expect(JSON.parse((await runCaptured(['--data', data, '--json', 'status', id])).stdout)).toMatchObject({
      articleId: id, state: 'local', remoteId: null, error: null, title: 'Bài chưa có trang', status: 'draft',
    });
  });

  it('reports status and submit of an unknown or malformed id', async () => {
    const data = tempDir();
    const missing = '00000000-0000-4000-8000-00000000abcd';
    expect(await runCaptured(['--data', data, 'status', missing])).toEqual({ code: 1, stdout: '', stderr: 'Không tìm thấy bài viết.\n' });
    expect(await runCaptured(['--data', data, 'status', 'abc'])).toEqual({ code: 1, stdout: '', stderr: 'Mã (ID): Mã bài viết không hợp lệ.\n' });
    expect(await runCaptured(['--data', data, 'submit', 'abc'])).toEqual({ code: 1, stdout: '', stderr: 'Mã (ID): Mã bài viết không hợp lệ.\n' });
  });

  it('refuses a corrupt library file without changing a byte', async () => {
    const data = tempDir();
    const file = path.join(data, LIBRARY_FILE);
    const garbage = Buffer.from('Đây không phải cơ sở dữ liệu SQLite. '.repeat(200), 'utf8');
    fs.writeFileSync(file, garbage);
    for (const argv of [['list'], ['new', '--title', 'T'], ['show', '00000000-0000-4000-8000-000000000001']]) {
      const run = await runCaptured(['--data', data, ...argv]);
      expect(run).toEqual({ code: 1, stdout: '', stderr: `${vi.errors.reason.databaseCorrupt}\n${where(data)}` });
    }
    const english = await runCaptured(['--data', data, '--lang', 'en', 'list']);
    expect(english.stderr).toBe(`${en.errors.reason.databaseCorrupt}\n${where(data, 'en')}`);
    expect(english.stderr).not.toMatch(STACK);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
    expect(fs.readdirSync(data).sort()).toEqual([LIBRARY_FILE]);
  });

  it('refuses a library written by a newer version', async () => {
    const data = tempDir();
    expect((await runCaptured(['--data', data, 'new', '--title', 'T'])).code).toBe(0);
    const db = new Database(path.join(data, LIBRARY_FILE));
    db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run('29990101T0000_future', 1);
    db.close();
    const run = await runCaptured(['--data', data, 'list']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${vi.errors.reason.databaseTooNew}\n${where(data)}` });
  });

  it('refuses a SQLite database that belongs to another application', async () => {
    const data = tempDir();
    const db = new Database(path.join(data, LIBRARY_FILE));
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    const run = await runCaptured(['--data', data, '--lang', 'en', 'new', '--title', 'T']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${en.errors.reason.databaseCorrupt}\n${where(data, 'en')}` });
  });

  it('explains a data folder that cannot be created, without a stack trace', async () => {
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, '');
    const data = path.join(blocker, 'lib');
    const run = await runCaptured(['--data', data, 'list']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${vi.errors.reason.databaseUnavailable}\n${where(data)}` });
  });

  it('adds the technical detail only when TOASOAN_DEBUG is set', async () => {
    const data = tempDir();
    fs.writeFileSync(path.join(data, LIBRARY_FILE), 'rác');
    const run = await runCaptured(['--data', data, 'list'], { env: { TOASOAN_DEBUG: '1' } });
    expect(run.code).toBe(1);
    expect(run.stderr.startsWith(`${vi.errors.reason.databaseCorrupt}\n${where(data)}DatabaseOpenError:`)).toBe(true);
    expect(run.stderr).toMatch(STACK);
  });
});
