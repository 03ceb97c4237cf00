import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

const body = (page: Page) => page.getByLabel('Nội dung');

interface PastePayload {
  /** `unit` repeated `times`, built in the page: 50 MB never crosses the DevTools pipe. */
  html?: { unit: string; times: number; before?: string; after?: string };
  text?: { unit: string; times: number };
  /** A ZIP signature then random bytes as text: what a torn .docx clipboard looks like. */
  zipNoise?: number;
}

/** A paste as Chromium delivers one from the system clipboard, at the end of the body. */
async function pasteAtEnd(page: Page, payload: PastePayload): Promise<void> {
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    if (data.html !== undefined) transfer.setData('text/html', `${data.html.before ?? ''}${data.html.unit.repeat(data.html.times)}${data.html.after ?? ''}`);
    if (data.text !== undefined) transfer.setData('text/plain', data.text.unit.repeat(data.text.times));
    if (data.zipNoise !== undefined) {
      let noise = 'PK\u0003\u0004';
      for (let i = 0; i < data.zipNoise; i++) noise += String.fromCharCode(Math.floor(Math.random() * 256));
      transfer.setData('text/html', noise);
    }
    const target = document.querySelector('.body-editor');
    target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, payload);
}

/** Typing still works right after, and lands where the caret is: the editor stayed responsive. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

describe('bad input in the editor, in Chromium: a clear message, nothing lost', () => {
  it('survives a 50 MB paste, a 10,000-row table, a torn .docx, a file that is not a photo and a javascript: link', async () => {
    const { page } = await openSession();
    let scriptDialogs = 0;
    page.on('dialog', (dialog) => {
      scriptDialogs += 1;
      void dialog.dismiss();
    });
    await newBlankArticle(page);
    await page.getByLabel('Tiêu đề').fill('Bài thử dữ liệu hỏng');
    await body(page).click();
    await page.keyboard.type('Đoạn đầu phải còn nguyên.');
    await waitForSaved(page);

    // 50 MB of HTML, with its plain-text flavour far too long to be stored either.
    await pasteAtEnd(page, { html: { unit: '<p style="color:red">Nội dung rất dài </p>', times: 1_300_000 }, text: { unit: 'Nội dung rất dài ', times: 350_000 } });
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/^Không dán được: nội dung quá lớn \(\d+(,\d)? MB\)/));
    await typeAtEnd(page, 'Sau khi dán 50 MB.');

    // A 10,000-row table: the first 500 rows are kept, and the reporter is told.
    await pasteAtEnd(page, {
      html: { before: '<table><tbody>', unit: '<tr><td>Xã Vĩnh Thủy</td><td>1.250</td><td>98%</td></tr>', times: 10_000, after: '</tbody></table>' },
      text: { unit: 'Xã Vĩnh Thủy\t1.250\t98%\n', times: 10_000 },
    });
    await page.getByText(/Bảng có 10[.,]?000 hàng, quá dài cho một bài báo: chỉ giữ 500 hàng đầu\./).waitFor();
    expect(await page.locator('.body-editor table tr').count()).toBe(500);
    await typeAtEnd(page, 'Sau bảng dài.');

    // A .docx clipboard payload torn in transit: refused, not pasted as noise.
    await pasteAtEnd(page, { zipNoise: 200_000 });
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringMatching(/dữ liệu vừa sao chép không đọc được \(có thể là tệp \.docx bị hỏng\)/));
    await typeAtEnd(page, 'Sau tệp hỏng.');

    // Text saved as .jpg through "Chèn ảnh".
    await page.getByLabel('Chọn tệp ảnh để chèn').setInputFiles({ name: 'anh-hong.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('đây không phải là ảnh') });
    await page.getByText('Không chèn được “anh-hong.jpg”: Tệp này không phải ảnh (JPEG, PNG, WebP, GIF, HEIC).').waitFor();
    expect(await page.locator('.body-editor figure').count()).toBe(0);

    // A javascript: link through Ctrl+K is refused with the reason; the word stays plain text.
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+K');
    await page.getByLabel('Địa chỉ liên kết').fill('javascript:alert(1)');
    await page.keyboard.press('Enter');
    await page.getByText('Chỉ nhận liên kết http://, https:// hoặc mailto:. Liên kết này chưa được thêm.').waitFor();
    expect(await page.locator('.body-editor a').count()).toBe(0);
    await page.keyboard.press('Escape');
    await typeAtEnd(page, 'Dòng cuối.');
    await waitForSaved(page);

    // Everything typed between the bad inputs is stored: reload reads it back from SQLite.
    await page.reload();
    const stored = await body(page).innerText();
    // Each line whole: a key applied to a stale selection once ate the full stop before it (syncSelection.ts).
    for (const line of ['Đoạn đầu phải còn nguyên.', 'Sau khi dán 50 MB.', 'Sau bảng dài.', 'Sau tệp hỏng.', 'Dòng cuối.']) expect(stored).toContain(line);
    expect(await page.locator('.body-editor table tr').count()).toBe(500);
    expect(stored).not.toContain('PK');
    expect(scriptDialogs).toBe(0);
  });
});
