import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { en } from '../../shared/i18n/en.ts';
import { vi } from '../../shared/i18n/vi.ts';
import { tempDir } from '../../tests/support/core.ts';
import { startWordPress, type WordPressRole, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { KeyringCipher } from '../main/core/secrets/KeyringCipher.ts';
import { runCaptured, type CaptureOptions } from './captureIo.ts';
import { spawnBin } from './spawnBin.ts';

/** The named insecure cipher: the OS keyring is not there in CI, and must not be written on a laptop. */
const TEST_VAULT = { TOASOAN_INSECURE_TEST_VAULT: '1' };
// A connect is a handful of loopback requests to php -S; a spawn adds Node's start-up.
const SITE_TIMEOUT_MS = 30_000;

let site: WordPressSite;

beforeAll(async () => {
  site = await startWordPress({ plugin: true });
}, 60_000);

afterAll(async () => {
  await site?.stop();
}, 60_000);

const run = (argv: string[], options: CaptureOptions = {}) => runCaptured(argv, { env: TEST_VAULT, ...options });

function addArgs(data: string, role: WordPressRole = 'contributor'): string[] {
  return ['--data', data, 'site', 'add', site.url, '--user', site.users[role].login, '--app-password-stdin'];
}

const passwordOf = (role: WordPressRole = 'contributor'): string => site.users[role].appPassword;

describe('toasoan site add / site list', { timeout: SITE_TIMEOUT_MS }, () => {
  it('connects with the password from stdin, lists the site and keeps the password only sealed', async () => {
    const data = tempDir();
    const password = passwordOf();
    const added = await run(addArgs(data), { stdin: `  ${password}  \nnot read\n` });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('Đã kết nối “Báo Tòa soạn (thử nghiệm)”.\n');
    expect(added.stdout).toMatch(/^Vai trò:\s+Phóng viên$/m);
    expect(added.stdout).toMatch(/^Plugin Tòa soạn Companion:\s+Đã cài$/m);
    expect(added.stdout).not.toContain(password);

    const list = await run(['--data', data, 'site', 'list']);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    const rows = list.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^\s+Tên trang\s+Địa chỉ trang\s+Vai trò\s+Tài khoản$/);
    expect(rows[1]).toMatch(new RegExp(`^\\*\\s+Báo Tòa soạn \\(thử nghiệm\\)\\s+${site.url}\\s+Phóng viên\\s+contributor$`));
    expect(rows.slice(2)).toEqual([vi.cli.sites.activeMark]);

    const json = await run(['--data', data, '--json', 'site', 'list']);
    const sites = JSON.parse(json.stdout) as SiteSummary[];
    expect(sites).toEqual([
      expect.objectContaining({ url: site.url, username: 'contributor', role: 'reporter', hasPlugin: true, canUpload: true, active: true }),
    ]);

    // Sealed in the library, never as text: not in the row, not anywhere in the file.
    const file = path.join(data, LIBRARY_FILE);
    const db = new Database(file, { readonly: true });
    const secrets = db.prepare('SELECT key, sealed FROM secrets').all() as { key: string; sealed: Buffer }[];
    db.close();
    expect(secrets.map((secret) => secret.key)).toEqual([`insecure-test-cipher:site:${sites[0]?.id}:app-password`]);
    expect(secrets[0]?.sealed.toString('utf8')).not.toContain(password);
    expect(fs.readFileSync(file).includes(Buffer.from(password))).toBe(false);
  });

  it('prints the SiteSummary with --json, the same one site list gives', async () => {
    const data = tempDir();
    const added = await run(['--json', ...addArgs(data, 'editor')], { stdin: `${passwordOf('editor')}\n` });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(added.stdout) as SiteSummary;
    expect(summary).toMatchObject({ url: site.url, username: 'editor', role: 'editor', active: true });
    const list = await run(['--data', data, '--json', 'site', 'list']);
    expect(JSON.parse(list.stdout)).toEqual([summary]);
  });

  it('refuses a wrong password with the translated reason, stores nothing and never shows the password', async () => {
    const data = tempDir();
    const wrong = 'abcd efgh ijkl mnop qrst uvwx';
    for (const [lang, catalog] of [['vi', vi], ['en', en]] as const) {
      const refused = await run(['--lang', lang, ...addArgs(data)], { stdin: `${wrong}\n`, env: { ...TEST_VAULT, TOASOAN_DEBUG: '1' } });
      expect(refused).toEqual({ code: 1, stdout: '', stderr: `${catalog.errors.reason.wrongPassword}\n` });
    }
    expect(await run(['--data', data, '--json', 'site', 'list'])).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('explains an address where nothing answers', async () => {
    const data = tempDir();
    const refused = await run(['--data', data, 'site', 'add', 'http://127.0.0.1:9', '--user', 'u', '--app-password-stdin'], { stdin: 'x\n' });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: `${vi.errors.reason.siteUnreachable}\n` });
  });

  it('stops before the library is touched when stdin holds no password', async () => {
    const data = tempDir();
    expect(await run(addArgs(data), { stdin: '\n' })).toEqual({ code: 1, stdout: '', stderr: `${vi.cli.sites.noPassword}\n` });
    expect(await run(addArgs(data), { stdin: '' })).toMatchObject({ code: 1, stderr: `${vi.cli.sites.noPassword}\n` });
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(false);
  });

  it('refuses to store the password when the OS keyring is unavailable', async () => {
    const data = tempDir();
    // What KeyringCipher meets on a server without secret-tool: every keyring command fails.
    const noKeyring = new KeyringCipher('linux', () => undefined);
    const refused = await runCaptured(addArgs(data), { stdin: `${passwordOf()}\n`, env: {}, cipher: noKeyring });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: `${vi.errors.reason.secretStorageUnavailable}\n` });
    expect(await run(['--data', data, '--json', 'site', 'list'])).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('asks at a terminal instead of reading the pipe', async () => {
    const data = tempDir();
    const prompts: string[] = [];
    const promptSecret = async (prompt: string) => {
      prompts.push(prompt);
      return passwordOf();
    };
    const added = await run(['--lang', 'en', ...addArgs(data)], { promptSecret });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(prompts).toEqual([en.cli.sites.passwordPrompt]);
    expect(added.stdout).toContain('Connected “Báo Tòa soạn (thử nghiệm)”.');
    const cancelled = await run(addArgs(tempDir()), { promptSecret: async () => undefined });
    expect(cancelled).toEqual({ code: 1, stdout: '', stderr: `${vi.cli.sites.noPassword}\n` });
  });

  it('works as a real process with the password piped in', async () => {
    const data = tempDir();
    const password = passwordOf('author');
    const added = await spawnBin(['--json', ...addArgs(data, 'author')], { stdin: `${password}\n`, env: TEST_VAULT });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(added.stdout)).toMatchObject({ url: site.url, username: 'author', role: 'reporter', active: true });
    const list = await spawnBin(['--data', data, 'site', 'list'], { env: TEST_VAULT });
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(list.stdout).toMatch(/^\*\s+Báo Tòa soạn \(thử nghiệm\)\s+\S+\s+Phóng viên\s+author$/m);
    expect(added.stdout + list.stdout).not.toContain(password);
  });
});
