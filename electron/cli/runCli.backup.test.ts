import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/domain/article.ts';
import { tempDir } from '../../tests/support/core.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { runCaptured } from './captureIo.ts';

async function libraryWith(title: string): Promise<{ data: string; id: string }> {
  const data = tempDir();
  const created = JSON.parse((await runCaptured(['--data', data, '--json', 'new', '--title', title])).stdout) as Article;
  return { data, id: created.id };
}

describe('toasoan backup, restore, doctor', () => {
  it('backs up to one file and restores it exactly, keeping the replaced library', async () => {
    const { data, id } = await libraryWith('Bài cần giữ');
    const backupFile = path.join(tempDir(), 'sao-luu.toasoan-backup');
    const made = await runCaptured(['--data', data, 'backup', backupFile]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(/^Đã sao lưu 1 bài và 0 ảnh vào /);
    await runCaptured(['--data', data, 'new', '--title', 'Bài viết sau khi sao lưu']);
    const restored = await runCaptured(['--data', data, '--json', 'restore', backupFile]);
    expect(restored.code).toBe(0);
    const report = JSON.parse(restored.stdout) as { restored: { articles: number }; previous: string };
    expect(report.restored.articles).toBe(1);
    expect(fs.existsSync(report.previous)).toBe(true);
    const listed = JSON.parse((await runCaptured(['--data', data, '--json', 'list'])).stdout) as Article[];
    expect(listed.map((article) => [article.id, article.title])).toEqual([[id, 'Bài cần giữ']]);
  });

  it('refuses a file that is not a backup with exit 1, changing nothing', async () => {
    const { data } = await libraryWith('Bài');
    const notBackup = path.join(tempDir(), 'gia.toasoan-backup');
    fs.writeFileSync(notBackup, 'không phải sao lưu');
    const refused = await runCaptured(['--data', data, 'restore', notBackup]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/không phải bản sao lưu/);
    expect((JSON.parse((await runCaptured(['--data', data, '--json', 'list'])).stdout) as Article[]).length).toBe(1);
    const missing = await runCaptured(['--data', data, 'restore', path.join(tempDir(), 'khong-co.toasoan-backup')]);
    expect(missing.code).toBe(1);
  });

  it('doctor reports a healthy library and its figures, and exit 1 for a damaged index', async () => {
    const { data } = await libraryWith('Bài một');
    const healthy = await runCaptured(['--data', data, '--json', 'doctor']);
    expect(healthy.code).toBe(0);
    expect(JSON.parse(healthy.stdout)).toMatchObject({ healthy: true, integrity: 'ok', articles: 1, indexed: 1 });
    const text = await runCaptured(['--data', data, 'doctor']);
    expect(text.stdout).toMatch(/Kiểm tra toàn vẹn:\s+tốt/);
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(true);
  });

  // /sys refuses new files even to root, so this holds wherever the tests run (Linux).
  it('says a data folder or a backup target that cannot be written to is read-only, exit 1', async () => {
    const readOnlyData = await runCaptured(['--data', '/sys/toasoan-thu-vien', 'list']);
    expect(readOnlyData.code).toBe(1);
    expect(readOnlyData.stderr).toMatch(/^Không có quyền ghi vào thư mục này/);
    const { data } = await libraryWith('Bài');
    const readOnlyTarget = await runCaptured(['--data', data, 'backup', '/sys/sao-luu.toasoan-backup']);
    expect(readOnlyTarget.code).toBe(1);
    expect(readOnlyTarget.stderr).toMatch(/Không có quyền ghi vào thư mục này/);
    expect((JSON.parse((await runCaptured(['--data', data, '--json', 'list'])).stdout) as Article[]).length).toBe(1);
  });
});
