import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/core.ts';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.ts');

describe('harness entry point', () => {
  it('refuses a corrupt library with a translated message, exit 1, and leaves the file alone', () => {
    const dataDir = tempDir();
    const library = path.join(dataDir, 'toasoan.sqlite');
    const garbage = Buffer.from('không phải SQLite '.repeat(100));
    fs.writeFileSync(library, garbage);
    const run = spawnSync(process.execPath, [MAIN, '--data', dataDir], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tệp thư viện bị hỏng hoặc không phải của Tòa soạn.');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(fs.readFileSync(library).equals(garbage)).toBe(true);
  });

  it('answers in English when the library was set to English', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'config.json'), JSON.stringify({ language: 'en' }));
    fs.writeFileSync(path.join(dataDir, 'toasoan.sqlite'), 'garbage'.repeat(200));
    const run = spawnSync(process.execPath, [MAIN, '--data', dataDir], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The library file is damaged');
  });
});
