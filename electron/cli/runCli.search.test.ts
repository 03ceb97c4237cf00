import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/core.ts';
import { createCore } from '../main/core/createCore.ts';
import { InsecureTestCipher } from '../main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../main/core/settings/SettingsStore.ts';
import { runCaptured } from './captureIo.ts';

async function libraryWith(...titles: string[]): Promise<{ data: string; ids: string[] }> {
  const data = tempDir();
  const ids: string[] = [];
  for (const title of titles) {
    const created = await runCaptured(['--data', data, '--json', 'new', '--title', title]);
    ids.push((JSON.parse(created.stdout) as { id: string }).id);
  }
  return { data, ids };
}

interface JsonHit {
  id: string;
  title: string;
  score: number;
  exact: boolean;
  snippet: string;
}

describe('toasoan search', () => {
  it('prints id, title, score and snippet per hit as JSON, exact accents first', async () => {
    const { data, ids } = await libraryWith('Mùa hoa bình yên', 'Giữ gìn hòa bình', 'Giá lúa');
    const result = await runCaptured(['--data', data, '--json', 'search', 'hòa bình']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const hits = JSON.parse(result.stdout) as JsonHit[];
    expect(hits.map((hit) => [hit.id, hit.title, hit.exact])).toEqual([
      [ids[1], 'Giữ gìn hòa bình', true],
      [ids[0], 'Mùa hoa bình yên', false],
    ]);
    expect(typeof hits[0]?.score).toBe('number');
    expect(hits[0]).toHaveProperty('snippet');
  });

  it('finds without accents, marks the words found, and counts', async () => {
    const { data, ids } = await libraryWith('Khai quật di chỉ Đại Nam', 'Tin khác');
    const result = await runCaptured(['--data', data, 'search', 'dai', 'nam']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Mã\s+Trạng thái\s+Cập nhật\s+Tiêu đề$/);
    expect(lines[1]).toMatch(new RegExp(`^${ids[0]}\\s+Bản nháp\\s+.*Khai quật di chỉ \\[Đại\\] \\[Nam\\]$`));
    expect(lines.at(-1)).toBe('Hiện 1 trên 1 bài tìm thấy.');
  });

  it('filters by --status, limits with --limit, and says when nothing is found', async () => {
    const { data, ids } = await libraryWith('Quảng Trị một', 'Quảng Trị hai', 'Quảng Trị ba');
    // "Gửi duyệt" needs a site; the desk's status is set on the library directly here.
    const core = createCore({ dataDir: data, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
    core.articles.setStatus(ids[0] ?? '', 'submitted');
    core.close();
    const submitted = JSON.parse((await runCaptured(['--data', data, '--json', 'search', 'quang tri', '--status', 'submitted'])).stdout) as JsonHit[];
    expect(submitted.map((hit) => hit.id)).toEqual([ids[0]]);
    const limited = JSON.parse((await runCaptured(['--data', data, '--json', 'search', 'quang tri', '--limit', '2'])).stdout) as JsonHit[];
    expect(limited).toHaveLength(2);
    expect(await runCaptured(['--data', data, '--lang', 'en', 'search', 'Huế'])).toMatchObject({ code: 0, stdout: 'No article found.\n' });
  });

  it('refuses a bad --status or --limit and a missing query with exit 2', async () => {
    const data = tempDir();
    expect(await runCaptured(['--data', data, 'search', 'x', '--status', 'nháp'])).toMatchObject({ code: 2 });
    expect(await runCaptured(['--data', data, 'search', 'x', '--limit', '0'])).toMatchObject({ code: 2 });
    const missing = await runCaptured(['--data', data, 'search']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Thiếu QUERY/);
  });

  it('takes an -excluded word after --', async () => {
    const { data } = await libraryWith('Lũ về Hải Lăng', 'Mùa lúa Hải Lăng');
    const hits = JSON.parse((await runCaptured(['--data', data, '--json', 'search', '--', 'hai lang', '-lũ'])).stdout) as JsonHit[];
    expect(hits.map((hit) => hit.title)).toEqual(['Mùa lúa Hải Lăng']);
  });

  it('rebuilds the index with reindex, after which search finds the same', async () => {
    const { data } = await libraryWith('Cửa Tùng mùa hè', 'Tin khác');
    const result = await runCaptured(['--data', data, 'reindex']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Đã dựng lại chỉ mục tìm kiếm cho 2 bài/);
    const hits = JSON.parse((await runCaptured(['--data', data, '--json', 'search', 'cua tung'])).stdout) as JsonHit[];
    expect(hits.map((hit) => hit.title)).toEqual(['Cửa Tùng mùa hè']);
  });
});
