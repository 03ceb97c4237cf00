import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, TextRun, AlignmentType } from 'docx';
import mammoth from 'mammoth';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/contract/dispatch.ts';
import type { Article } from '../../../../shared/domain/article.ts';
import { docToPlainText } from '../../../../shared/domain/articleBody.ts';
import { tempDir } from '../../../../tests/support/core.ts';
import { createCore, type Core } from '../createCore.ts';
import { InsecureTestCipher } from '../secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../settings/SettingsStore.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../tests/fixtures/import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const open = (): Core => createCore({ dataDir: tempDir(), settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
const plain = (core: Core, id: string) => {
  const article = core.articles.get(id);
  return { title: article.title, sapo: article.sapo, body: docToPlainText(article.body), byline: article.byline };
};

describe('import', () => {
  it('reads a web page copied as text: title, (QTO) - sapo, body, pen name; leftovers dropped', async () => {
    const core = open();
    const article = await core.transfer.importFile('bao-quang-tri.txt', fixture('bao-quang-tri.txt'));
    expect(plain(core, article.id)).toEqual({
      title: 'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020',
      sapo: '(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020.',
      body: 'Dự hội nghị có đồng chí Trưởng ban Tuyên giáo Tỉnh ủy và lãnh đạo các ban, ngành liên quan.\n\nTrong 6 tháng đầu năm, công tác tuyên truyền được triển khai đồng bộ, kịp thời, bám sát nhiệm vụ chính trị của địa phương.',
      byline: 'Minh Đức',
    });
    core.close();
  });

  it('reads Markdown with its structure: heading, bold, list, link', async () => {
    const core = open();
    const article = await core.transfer.importFile('bai-viet.md', fixture('bai-viet.md'));
    const fields = core.articles.get(article.id);
    expect(fields).toMatchObject({ title: 'Khánh thành cầu dân sinh ở Hải Lăng', sapo: '(QTO) - Sáng nay, cầu dân sinh bắc qua sông Ô Lâu được đưa vào sử dụng.', byline: 'Thanh Hải' });
    const types = fields.body.content.map((node) => node.type);
    expect(types).toEqual(['heading', 'paragraph', 'bulletList', 'paragraph']);
    const json = JSON.stringify(fields.body);
    expect(json).toContain('"type":"bold"');
    expect(json).toContain('https://baoquangtri.vn');
    core.close();
  });

  it('reads a web page: no scripts, styles, classes or tracking pixels, the right-aligned pen name', async () => {
    const core = open();
    const article = await core.transfer.importFile('trang-web.html', fixture('trang-web.html'));
    const fields = core.articles.get(article.id);
    expect(plain(core, article.id)).toEqual({
      title: 'Mùa lúa mới ở Triệu Phong',
      sapo: '(QTO) - Năm nay, nông dân Triệu Phong được mùa, được giá.',
      body: 'Năng suất lúa đạt 60 tạ/ha, cao nhất trong 10 năm.\n\nNhiều hộ dân đã chuyển đổi cơ cấu cây trồng.',
      byline: 'Lê Trường',
    });
    expect(JSON.stringify(fields.body)).not.toMatch(/trackVisit|alert|pixel|color/);
    core.close();
  });

  it('reads a Word document', async () => {
    const core = open();
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun({ text: 'Hướng Hóa: mùa cà phê bội thu', bold: true })] }),
              new Paragraph('(QTO) - Năm nay, cà phê Khe Sanh được mùa.'),
              new Paragraph({ children: [new TextRun('Giá cà phê tăng '), new TextRun({ text: '20%', italics: true }), new TextRun(' so với năm trước.')] }),
              new Paragraph({ children: [new TextRun('Hoàng Tạo')], alignment: AlignmentType.RIGHT }),
            ],
          },
        ],
      }),
    );
    const article = await core.transfer.importFile('ca-phe.docx', docx);
    expect(plain(core, article.id)).toEqual({
      title: 'Hướng Hóa: mùa cà phê bội thu',
      sapo: '(QTO) - Năm nay, cà phê Khe Sanh được mùa.',
      body: 'Giá cà phê tăng 20% so với năm trước.',
      byline: 'Hoàng Tạo',
    });
    core.close();
  });

  it('refuses a broken .docx, a binary file renamed .txt, an unknown type, an empty and an oversized file, creating nothing', async () => {
    const core = open();
    const reasons = async (name: string, bytes: Buffer) => core.transfer.importFile(name, bytes).then(() => 'imported', (error: { reason?: string }) => error.reason);
    expect(await reasons('hong.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 7)]))).toBe('docxUnreadable');
    expect(await reasons('anh.txt', await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer())).toBe('notText');
    expect(await reasons('bang-tinh.xlsx', Buffer.from('x'))).toBe('unsupportedImport');
    expect(await reasons('trong.txt', Buffer.alloc(0))).toBe('emptyImport');
    expect(await reasons('lon.txt', Buffer.alloc(41 * 1024 * 1024, 0x61))).toBe('fileTooLarge');
    expect(await reasons('gia.json', Buffer.from('{"format":"khác"}'))).toBe('notArticleFile');
    expect(core.articles.list('library')).toEqual([]);
    core.close();
  });
});

describe('a full disk', () => {
  it('is said in words, and the import leaves nothing behind', async () => {
    const core = open();
    // A size-limited file: the library may not grow by a single page.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    const text = `Tít\n\n${'Một đoạn văn dài về nông thôn mới. '.repeat(400)}`;
    const result = await dispatch(core.handlers, 'articles.import', { fileName: 'bai.txt', dataBase64: Buffer.from(text).toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { reason: 'diskFull' } });
    core.db.pragma('max_page_count = 1073741823');
    expect(core.articles.list('library')).toEqual([]);
    core.close();
  });
});

describe('export', () => {
  async function richArticle(core: Core) {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3060c0' } }).jpeg().toBuffer();
    const { hash } = await core.media.import(photo, 'ảnh.jpg');
    // Through the contract, as the app creates articles (its validation normalises the body).
    const created = await dispatch(core.handlers, 'articles.create', {
      title: 'Giao ban: hòa bình & phát triển',
      sapo: '(QTO) - Chiều nay 15/7/2020, hội nghị diễn ra.',
      byline: 'Minh Đức',
      category: 'Thời sự',
      tags: ['Quảng Trị', 'tuyên giáo'],
      featuredMedia: hash,
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả nổi bật' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Đoạn có ' }, { type: 'text', text: 'chữ đậm', marks: [{ type: 'bold' }] }, { type: 'text', text: ' và ghi chú.' }, { type: 'text', text: ' Kiểm tra số liệu', marks: [{ type: 'editorNote' }] }] },
          { type: 'figure', attrs: { media: hash, src: null, alt: 'Hội nghị', caption: 'Quang cảnh hội nghị', credit: 'Minh Đức', remoteId: null } },
        ],
      },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    return created.value as Article;
  }

  it('gives .json that imports back to the identical article, photos included', async () => {
    const core = open();
    const original = await richArticle(core);
    const { fileName, bytes } = await core.transfer.exportArticle(original.id, 'json');
    expect(fileName).toBe('Giao ban hòa bình & phát triển.json');
    const other = open();
    const copy = await other.transfer.importFile(fileName, bytes);
    const fields = (core: Core, id: string) => {
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, wordCount, status: _s, trashedAt: _t, ...rest } = core.articles.get(id);
      return { ...rest, wordCount };
    };
    expect(fields(other, copy.id)).toEqual(fields(core, original.id));
    expect(fs.existsSync(other.media.pathOf(original.featuredMedia ?? ''))).toBe(true);
    core.close();
    other.close();
  });

  it('gives .html, .md and .docx with the article and without the editor’s notes', async () => {
    const core = open();
    const { id } = await richArticle(core);
    const html = (await core.transfer.exportArticle(id, 'html')).bytes.toString('utf8');
    expect(html).toContain('<h1>Giao ban: hòa bình &amp; phát triển</h1>');
    expect(html).toContain('<strong>chữ đậm</strong>');
    expect(html).toContain('data:image/jpeg;base64,');
    expect(html).not.toContain('Kiểm tra số liệu');
    const md = (await core.transfer.exportArticle(id, 'md')).bytes.toString('utf8');
    expect(md.split('\n\n').slice(0, 3)).toEqual(['# Giao ban: hòa bình & phát triển', '**(QTO) - Chiều nay 15/7/2020, hội nghị diễn ra.**', '## Kết quả nổi bật']);
    expect(md).toContain('**chữ đậm**');
    expect(md).not.toContain('Kiểm tra số liệu');
    const docx = (await core.transfer.exportArticle(id, 'docx')).bytes;
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Giao ban: hòa bình & phát triển');
    expect(text).toContain('Đoạn có chữ đậm và ghi chú.');
    expect(text).toContain('Minh Đức');
    expect(text).not.toContain('Kiểm tra số liệu');
    core.close();
  });
});
