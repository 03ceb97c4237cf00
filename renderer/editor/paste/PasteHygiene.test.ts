import { describe, expect, it } from 'vitest';
import webPage from '../../../tests/fixtures/paste/web-news-page.html?raw';
import wordLists from '../../../tests/fixtures/paste/word365-lists.html?raw';
import { cleanPastedHtml } from '../../../shared/paste/index.ts';
import { encodeLegacy } from '../../../shared/text/legacyVietnamese.ts';
import { notices, paste, pasteEditor } from './pasteTesting.ts';

const text = (value: string, marks?: string[]) => (marks === undefined ? { type: 'text', text: value } : { type: 'text', marks: marks.map((type) => ({ type })), text: value });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const item = (...content: object[]) => ({ type: 'listItem', content });

describe('PasteHygiene in a real editor', () => {
  it('turns a Word paste with fake mso lists into real nested lists', () => {
    const editor = pasteEditor();
    const event = paste(editor, { 'text/html': wordLists, 'text/plain': 'Các nội dung trọng tâm…' });
    expect(event.defaultPrevented).toBe(true);
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        paragraph(text('Các nội dung trọng tâm 6 tháng cuối năm:', ['bold'])),
        {
          type: 'bulletList',
          content: [
            item(
              paragraph(text('Tuyên truyền kỷ niệm 75 năm Cách mạng tháng Tám và Quốc khánh 2/9;')),
              {
                type: 'bulletList',
                content: [
                  item(paragraph(text('Tổ chức hội thi '), text('“Tìm hiểu lịch sử Đảng bộ tỉnh”', ['italic']), text(';'))),
                  item(paragraph(text('Triển lãm ảnh tại Quảng trường Hùng Vương;'))),
                ],
              },
            ),
            item(paragraph(text('Chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XVII.'))),
          ],
        },
        paragraph(text('Các bước thực hiện:')),
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [
            item(paragraph(text('Xây dựng kế hoạch trước ngày 15/7;'))),
            item(paragraph(text('Phân công '), text('cụ thể', ['bold']), text(' cho từng đơn vị;'))),
            item(paragraph(text('Sơ kết, báo cáo kết quả.'))),
          ],
        },
        // StarterKit's trailing node: a document never ends in a list.
        { type: 'paragraph' },
      ],
    });
    editor.destroy();
  });

  it('keeps a web article and drops its scripts, handlers, share bar and trackers', () => {
    const editor = pasteEditor();
    paste(editor, { 'text/html': webPage, 'text/plain': 'Quảng Trị đón…' });
    const html = editor.getHTML();
    expect(html).toContain('<h2>Quảng Trị đón hơn 1,2 triệu lượt khách du lịch</h2>');
    expect(html).toContain('<a target="_blank" rel="noopener noreferrer nofollow" href="https://baoquangtri.vn/tag/du-lich">Du lịch biển</a>');
    expect(html).not.toMatch(/script|onclick|Chia sẻ|facebook\.com\/tr|javascript:|youtube/);
    expect(editor.getText()).toContain('Xem thêm thư viện ảnh và bình luận.');
    editor.destroy();
  });

  it('converts a TCVN3 plain-text paste it is sure of, and says so', () => {
    const editor = pasteEditor();
    paste(editor, { 'text/plain': encodeLegacy('Giao ban công tác tuyên giáo 6 tháng đầu năm 2020', 'tcvn3') });
    expect(editor.getText()).toBe('Giao ban công tác tuyên giáo 6 tháng đầu năm 2020');
    expect(notices(editor).getSnapshot()).toEqual({ offer: null, messages: [{ kind: 'legacyConverted', encoding: 'tcvn3' }] });
    editor.destroy();
  });

  it('offers to convert when unsure, converts exactly what was pasted, and undo brings it back', () => {
    const editor = pasteEditor('<p>Chuyên mục:</p><p>Tin khác</p>');
    editor.commands.focus(12);
    paste(editor, { 'text/html': `<span style="color:red">${encodeLegacy('Giáo dục', 'tcvn3')}</span>` });
    expect(editor.getText()).toBe('Chuyên mục:Gi¸o dôc\n\nTin khác');
    expect(notices(editor).getSnapshot().offer).toEqual({ encoding: 'tcvn3' });

    notices(editor).convert();
    expect(editor.getText()).toBe('Chuyên mục:Giáo dục\n\nTin khác');
    expect(notices(editor).getSnapshot()).toEqual({ offer: null, messages: [{ kind: 'legacyConverted', encoding: 'tcvn3' }] });
    editor.commands.undo();
    expect(editor.getText()).toBe('Chuyên mục:Gi¸o dôc\n\nTin khác');
    editor.destroy();
  });

  it('converts a structured paste to exactly what a converted paste would have given', () => {
    const html = `<h2>Chuyên mục</h2><p><b>${encodeLegacy('Giáo', 'tcvn3')}</b> ${encodeLegacy('dục', 'tcvn3')}</p><ul><li>${encodeLegacy('Dục', 'tcvn3')}</li></ul>`;
    const offered = pasteEditor('<p>Mở đầu</p>');
    offered.commands.focus('end');
    paste(offered, { 'text/html': html });
    expect(notices(offered).getSnapshot().offer).toEqual({ encoding: 'tcvn3' });
    notices(offered).convert();

    const direct = pasteEditor('<p>Mở đầu</p>');
    direct.commands.focus('end');
    const converted = cleanPastedHtml(html, { legacy: 'tcvn3' });
    paste(direct, { 'text/html': converted.html });
    expect(offered.getJSON()).toEqual(direct.getJSON());
    expect(offered.getText()).toContain('Giáo dục');
    offered.destroy();
    direct.destroy();
  });

  it('withdraws the offer on "Giữ nguyên" or on any other edit, leaving the text as pasted', () => {
    const editor = pasteEditor();
    paste(editor, { 'text/plain': 'Gi¸o dôc' });
    expect(notices(editor).getSnapshot().offer).toEqual({ encoding: 'tcvn3' });
    notices(editor).keep();
    expect(notices(editor).getSnapshot().offer).toBeNull();
    expect(editor.getText()).toBe('Gi¸o dôc');

    paste(editor, { 'text/plain': ' Gi¸o dôc' });
    expect(notices(editor).getSnapshot().offer).toEqual({ encoding: 'tcvn3' });
    editor.commands.insertContent(' hòa');
    expect(notices(editor).getSnapshot().offer).toBeNull();
    notices(editor).convert();
    expect(editor.getText()).toBe('Gi¸o dôc Gi¸o dôc hòa');
    editor.destroy();
  });
});

describe('bad input never costs the reporter text', () => {
  it('pastes the plain-text flavour of HTML too large to clean, and says why', () => {
    const editor = pasteEditor();
    const event = paste(editor, { 'text/html': `<p>${'Tin tức '.repeat(300_000)}</p>`, 'text/plain': 'Bản chữ thường' });
    expect(event.defaultPrevented).toBe(true);
    expect(editor.getText()).toBe('Bản chữ thường');
    expect(notices(editor).getSnapshot().messages).toEqual([{ kind: 'asText', reason: 'size', size: 2_400_007 }]);
    editor.destroy();
  });

  it('refuses an unreadable payload without touching the selection it would have replaced', () => {
    const editor = pasteEditor('<p>Giữ nguyên đoạn này</p>');
    editor.commands.selectAll();
    const garbage = `PK\u0003\u0004${'\ufffd\u0001\u0002'.repeat(2000)}`;
    const event = paste(editor, { 'text/html': garbage });
    expect(event.defaultPrevented).toBe(true);
    expect(editor.getText()).toBe('Giữ nguyên đoạn này');
    expect(notices(editor).getSnapshot().messages).toEqual([{ kind: 'refused', reason: 'unreadable', size: garbage.length }]);
    editor.destroy();
  });

  it('refuses a paste that would make the body too long to save', () => {
    const editor = pasteEditor(`<p>${'Bài rất dài. '.repeat(60_000)}</p>`);
    editor.commands.focus('end');
    paste(editor, { 'text/plain': 'Thêm nữa. '.repeat(40_000) });
    expect(editor.getText().length).toBe('Bài rất dài. '.repeat(60_000).trim().length);
    expect(notices(editor).getSnapshot().messages).toMatchObject([{ kind: 'refused', reason: 'documentTooLong' }]);
    editor.destroy();
  });

  it('keeps the editor\'s own copies intact (context and attributes)', () => {
    const editor = pasteEditor('<p>A</p>');
    editor.commands.focus('end');
    paste(editor, { 'text/html': '<meta charset="utf-8"><p data-pm-slice="1 1 []"><strong>đậm</strong></p>' });
    expect(editor.getHTML()).toBe('<p>A<strong>đậm</strong></p>');
    editor.destroy();
  });
});
