import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/domain/article.ts';
import { tempDir } from '../../tests/support/core.ts';
import { runCaptured } from './captureIo.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/import');

interface ImportReport {
  created: { file: string; id: string; title: string }[];
  failed: { file: string; reason: string }[];
}

describe('toasoan import and export', () => {
  it('imports several files, one article each, and prints them with their ids as JSON', async () => {
    const data = tempDir();
    const files = ['bao-quang-tri.txt', 'bai-viet.md', 'trang-web.html'].map((name) => path.join(FIXTURES, name));
    const result = await runCaptured(['--data', data, '--json', 'import', ...files]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.failed).toEqual([]);
    expect(report.created.map((item) => item.title)).toEqual([
      'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020',
      'Khánh thành cầu dân sinh ở Hải Lăng',
      'Mùa lúa mới ở Triệu Phong',
    ]);
    const listed = JSON.parse((await runCaptured(['--data', data, '--json', 'list'])).stdout) as Article[];
    expect(listed.map((article) => article.id).sort()).toEqual(report.created.map((item) => item.id).sort());
  });

  it('imports the good files and refuses the bad ones with reasons and exit 1: binary, broken .docx, 200 MB', async () => {
    const data = tempDir();
    const dir = tempDir();
    const binary = path.join(dir, 'anh.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    const broken = path.join(dir, 'hong.docx');
    fs.writeFileSync(broken, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 1)]));
    const huge = path.join(dir, 'lon.txt');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 200 * 1024 * 1024); // sparse: 200 MB long, no disk used
    const result = await runCaptured(['--data', data, '--json', 'import', path.join(FIXTURES, 'bai-viet.md'), binary, broken, huge]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as ImportReport;
    expect(report.created).toHaveLength(1);
    expect(report.failed.map((item) => [path.basename(item.file), item.reason])).toEqual([
      ['anh.txt', 'notText'],
      ['hong.docx', 'docxUnreadable'],
      ['lon.txt', 'fileTooLarge'],
    ]);
    expect(result.stderr).toMatch(/Không nhập được .*anh\.txt: Tệp này không phải văn bản UTF-8/);
    expect((JSON.parse((await runCaptured(['--data', data, '--json', 'list'])).stdout) as Article[]).length).toBe(1);
  });

  it('exports in each format to a file, and the .json imports back to the same article', async () => {
    const data = tempDir();
    const out = tempDir();
    const report = JSON.parse((await runCaptured(['--data', data, '--json', 'import', path.join(FIXTURES, 'bai-viet.md')])).stdout) as ImportReport;
    const id = report.created[0]?.id ?? '';
    for (const format of ['html', 'md', 'docx', 'json']) {
      const target = path.join(out, `bai.${format}`);
      const result = await runCaptured(['--data', data, 'export', id, '--format', format, '-o', target]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(fs.statSync(target).size).toBeGreaterThan(100);
    }
    expect(fs.readFileSync(path.join(out, 'bai.md'), 'utf8')).toMatch(/^# Khánh thành cầu dân sinh ở Hải Lăng\n/);
    const copyData = tempDir();
    const copy = JSON.parse((await runCaptured(['--data', copyData, '--json', 'import', path.join(out, 'bai.json')])).stdout) as ImportReport;
    const a = JSON.parse((await runCaptured(['--data', data, '--json', 'show', id])).stdout) as Article;
    const b = JSON.parse((await runCaptured(['--data', copyData, '--json', 'show', copy.created[0]?.id ?? ''])).stdout) as Article;
    const fields = ({ title, sapo, body, byline, category, tags, dateline, featuredMedia }: Article) => ({ title, sapo, body, byline, category, tags, dateline, featuredMedia });
    expect(fields(b)).toEqual(fields(a));
  });

  it('names the file after the title when -o is not given, and says so for an unknown id (exit 1) or format (exit 2)', async () => {
    const data = tempDir();
    const cwd = tempDir();
    const report = JSON.parse((await runCaptured(['--data', data, '--json', 'import', path.join(FIXTURES, 'trang-web.html')])).stdout) as ImportReport;
    const result = await runCaptured(['--data', data, 'export', report.created[0]?.id ?? '', '--format', 'html'], { cwd });
    expect(result.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'Mùa lúa mới ở Triệu Phong.html'))).toBe(true);
    expect((await runCaptured(['--data', data, 'export', '00000000-0000-4000-8000-0000000000ff', '--format', 'md'])).code).toBe(1);
    expect((await runCaptured(['--data', data, 'export', report.created[0]?.id ?? '', '--format', 'pdf'])).code).toBe(2);
  });
});
