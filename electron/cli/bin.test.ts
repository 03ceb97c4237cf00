import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../../tests/support/core.ts';
import type { Article } from '../../shared/domain/article.ts';
import { docToPlainText } from '../../shared/domain/articleBody.ts';
import { vi } from '../../shared/i18n/vi.ts';
import { BIN_PATH, spawnBin } from './spawnBin.ts';

// Each spawn starts Node and strips the TypeScript sources: about half a second here.
const SPAWN_TIMEOUT_MS = 30_000;

describe('bin/toasoan.js as a real process', () => {
  it('is an executable Node script', () => {
    expect(fs.statSync(BIN_PATH).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(BIN_PATH, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('creates an article from standard input and shows it back', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const data = tempDir();
    const body = SAMPLE.body.join('\n\n').normalize('NFD');
    const created = await spawnBin(
      ['--data', data, '--json', 'new', '--title', SAMPLE.title, '--byline', SAMPLE.byline, '--body-file', '-'],
      { stdin: body },
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const article = JSON.parse(created.stdout) as Article;
    expect(docToPlainText(article.body)).toBe(SAMPLE.body.join('\n\n'));

    const [list, show] = await Promise.all([
      spawnBin(['--data', data, 'list']),
      spawnBin(['--data', data, 'show', article.id]),
    ]);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(list.stdout).toContain(`${article.id}  Bản nháp`);
    expect(list.stdout).toContain(SAMPLE.title);
    expect(show).toMatchObject({ code: 0, stderr: '' });
    expect(show.stdout).toContain(`Nội dung:\n${SAMPLE.body.join('\n\n')}\n`);
  });

  it('exits 2 on a usage mistake and 1 on a broken library', { timeout: SPAWN_TIMEOUT_MS }, async () => {
    const data = tempDir();
    fs.writeFileSync(`${data}/toasoan.sqlite`, 'không phải SQLite');
    const [usage, corrupt] = await Promise.all([
      spawnBin(['--data', data, 'xoa']),
      spawnBin(['--data', data, 'list']),
    ]);
    expect(usage).toEqual({ code: 2, stdout: '', stderr: `Lệnh không rõ: xoa\n${vi.cli.usage}\n` });
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr.startsWith(`${vi.errors.reason.databaseCorrupt}\n`)).toBe(true);
    expect(corrupt.stderr).not.toMatch(/^\s+at /m);
  });
});
