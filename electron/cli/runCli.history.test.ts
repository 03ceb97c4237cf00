import { describe, expect, it } from 'vitest';
import type { Article, RevisionSummary } from '../../shared/domain/article.ts';
import { tempDir } from '../../tests/support/core.ts';
import { createCore } from '../main/core/createCore.ts';
import { InsecureTestCipher } from '../main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../main/core/settings/SettingsStore.ts';
import { runCaptured } from './captureIo.ts';

async function articleWithVersions(): Promise<{ data: string; id: string; first: number }> {
  const data = tempDir();
  const created = JSON.parse((await runCaptured(['--data', data, '--json', 'new', '--title', 'Bản đầu tiên'])).stdout) as Article;
  const core = createCore({ dataDir: data, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
  const first = core.articles.saveRevision(created.id, 'Gửi tổng biên tập').id;
  core.articles.update(created.id, { title: 'Bản đã sửa' });
  core.close();
  return { data, id: created.id, first };
}

describe('toasoan history and restore-version', () => {
  it('lists the versions with their numbers, newest first', async () => {
    const { data, id, first } = await articleWithVersions();
    const listed = await runCaptured(['--data', data, 'history', id]);
    expect(listed.code).toBe(0);
    const [header, row] = listed.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^Bản\s+Loại\s+Lúc\s+Số chữ\s+Tiêu đề$/);
    expect(row).toMatch(new RegExp(`^\\s*${first}\\s+Phiên bản đã lưu: Gửi tổng biên tập\\s+\\d{4}-.*Bản đầu tiên$`));
    const json = JSON.parse((await runCaptured(['--data', data, '--json', 'history', id])).stdout) as RevisionSummary[];
    expect(json[0]).toMatchObject({ id: first, kind: 'manual', label: 'Gửi tổng biên tập', title: 'Bản đầu tiên' });
  });

  it('restores a version and keeps the text it replaced', async () => {
    const { data, id, first } = await articleWithVersions();
    const restored = await runCaptured(['--data', data, 'restore-version', id, String(first)]);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(/^Đã khôi phục bài/);
    const article = JSON.parse((await runCaptured(['--data', data, '--json', 'show', id])).stdout) as Article;
    expect(article.title).toBe('Bản đầu tiên');
    const versions = JSON.parse((await runCaptured(['--data', data, '--json', 'history', id])).stdout) as RevisionSummary[];
    expect(versions.map((version) => [version.kind, version.title])).toContainEqual(['beforeRestore', 'Bản đã sửa']);
  });

  it('says so for an unknown article or version (exit 1) and a bad REV (exit 2)', async () => {
    const { data, id } = await articleWithVersions();
    const unknown = await runCaptured(['--data', data, 'history', '00000000-0000-4000-8000-00000000ffff']);
    expect(unknown).toMatchObject({ code: 1 });
    expect(unknown.stderr).toMatch(/Không tìm thấy bài viết/);
    const noVersion = await runCaptured(['--data', data, 'restore-version', id, '999']);
    expect(noVersion.code).toBe(1);
    expect(noVersion.stderr).toMatch(/Không tìm thấy phiên bản/);
    expect(await runCaptured(['--data', data, 'restore-version', id, 'abc'])).toMatchObject({ code: 2 });
  });
});
