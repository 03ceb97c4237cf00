import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../../tests/support/core.ts';
import type { Article } from '../../shared/domain/article.ts';
import { docToPlainText } from '../../shared/domain/articleBody.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { runCaptured } from './captureIo.ts';

const SAMPLE_BODY = SAMPLE.body.join('\n\n');

function fileWith(content: string | Uint8Array): string {
  const file = path.join(tempDir(), 'bai.txt');
  fs.writeFileSync(file, content);
  return file;
}

async function articleCount(data: string): Promise<number> {
  const list = await runCaptured(['--data', data, '--json', 'list']);
  return (JSON.parse(list.stdout) as unknown[]).length;
}

async function createJson(data: string, args: string[], stdin?: string | Uint8Array): Promise<Article> {
  const run = await runCaptured(['--data', data, '--json', 'new', ...args], stdin === undefined ? {} : { stdin });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Article;
}

describe('body text', () => {
  it('stores NFD input (file and arguments) as NFC', async () => {
    const data = tempDir();
    const nfdBody = SAMPLE_BODY.normalize('NFD');
    expect(nfdBody).not.toBe(SAMPLE_BODY);
    const article = await createJson(data, [
      '--title', SAMPLE.title.normalize('NFD'), '--byline', SAMPLE.byline.normalize('NFD'), '--body-file', fileWith(nfdBody),
    ]);
    expect(article.title).toBe(SAMPLE.title);
    expect(article.byline).toBe(SAMPLE.byline);
    expect(docToPlainText(article.body)).toBe(SAMPLE_BODY);
    // And what is read back from disk, not just what create echoed.
    const show = await runCaptured(['--data', data, '--json', 'show', article.id]);
    expect(JSON.stringify(JSON.parse(show.stdout))).toBe(JSON.stringify(article));
  });

  it('reads the body from standard input with --body-file -', async () => {
    const article = await createJson(tempDir(), ['--title', 'T', '--body-file', '-'], Buffer.from(SAMPLE_BODY, 'utf8'));
    expect(docToPlainText(article.body)).toBe(SAMPLE_BODY);
  });

  it('splits paragraphs on blank lines and keeps single newlines as line breaks (CRLF too)', async () => {
    const article = await createJson(tempDir(), ['--title', 'T', '--body-file', fileWith('Dòng 1\r\nDòng 2\r\n\r\n\r\nĐoạn hai\r\n')]);
    expect(article.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Dòng 1' }, { type: 'hardBreak' }, { type: 'text', text: 'Dòng 2' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn hai' }] },
      ],
    });
  });

  it('drops the UTF-8 byte order mark Notepad writes', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Đà Nẵng', 'utf8')]);
    const article = await createJson(tempDir(), ['--title', 'T', '--body-file', fileWith(bom)]);
    expect(docToPlainText(article.body)).toBe('Đà Nẵng');
  });

  it('refuses a file that is not UTF-8 and writes nothing', async () => {
    const data = tempDir();
    // "Hà Nội" as Windows-1258/Latin-1 bytes: a lossy decoder would store "H� N�i".
    const legacy = fileWith(Buffer.from('Hà Nội', 'latin1'));
    const run = await runCaptured(['--data', data, 'new', '--title', 'T', '--body-file', legacy]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`Tệp ${legacy} không phải văn bản UTF-8 hợp lệ nên chưa ghi gì. Hãy lưu lại tệp với bảng mã UTF-8 rồi thử lại.\n`);
    // The library is not even opened, let alone written.
    expect(fs.existsSync(path.join(data, LIBRARY_FILE))).toBe(false);

    await createJson(data, ['--title', 'A']);
    const fromStdin = await runCaptured(['--data', data, '--lang', 'en', 'new', '--title', 'T', '--body-file', '-'], {
      stdin: Buffer.from([0x48, 0xff, 0xfe, 0x49]),
    });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stderr).toMatch(/^File standard input \(stdin\) is not valid UTF-8 text/);
    expect(await articleCount(data)).toBe(1);
  });

  it('reports a missing body file by name', async () => {
    const data = tempDir();
    const missing = path.join(data, 'khong-co.txt');
    const run = await runCaptured(['--data', data, 'new', '--title', 'T', '--body-file', missing]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Không đọc được tệp ${missing}\n` });
  });
});

describe('validation is the app’s', () => {
  it('refuses an oversized title with a translated message naming the field, and writes no row', async () => {
    const data = tempDir();
    await createJson(data, ['--title', 'A']);
    const run = await runCaptured(['--data', data, 'new', '--title', 'ạ'.repeat(501)]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'Tiêu đề (--title): Quá dài (tối đa 500 ký tự).\n' });
    const en = await runCaptured(['--data', data, '--lang', 'en', 'new', '--title', 'ạ'.repeat(501)]);
    expect(en.stderr).toBe('Title (--title): Too long (at most 500 characters).\n');
    expect(await articleCount(data)).toBe(1);
  });

  it('measures the limit after NFC, as the app does', async () => {
    // 500 letters with two marks each: 1,500 code points in NFD, 500 in NFC.
    const article = await createJson(tempDir(), ['--title', 'ệ'.repeat(500).normalize('NFD')]);
    expect(article.title).toBe('ệ'.repeat(500));
  });

  it('refuses control characters in the body, naming the body option', async () => {
    const data = tempDir();
    const run = await runCaptured(['--data', data, 'new', '--title', 'T', '--body-file', fileWith('a\u0000b')]);
    expect(run).toMatchObject({ code: 1, stderr: 'Nội dung (--body-file): Văn bản chứa ký tự hỏng hoặc ký tự điều khiển.\n' });
    expect(await articleCount(data)).toBe(0);
  });

  it('refuses a multi-line title', async () => {
    const run = await runCaptured(['--data', tempDir(), 'new', '--title', 'một\nhai']);
    expect(run).toMatchObject({ code: 1, stderr: 'Tiêu đề (--title): Trường này chỉ có một dòng.\n' });
  });

  it('deduplicates tags like the app', async () => {
    const article = await createJson(tempDir(), ['--title', 'T', '--tags', 'Huế,huế, HUẾ ,Đà Nẵng']);
    expect(article.tags).toEqual(['Huế', 'Đà Nẵng']);
  });
});
