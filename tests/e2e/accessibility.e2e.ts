import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../support/core.ts';
import { auditAccessibility } from '../support/axe.ts';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

/** A real 1×1 PNG, so the core's image decoder accepts it. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Rule ids only in the assertion; the details were printed by auditAccessibility. */
const ids = (violations: readonly { id: string }[]) => violations.map((violation) => violation.id);

/** An article with the parts the editor shows: headline, sapo, a heading, bold text, a photo with caption, byline. */
async function writeArticle(page: Page): Promise<void> {
  await newBlankArticle(page);
  await page.getByLabel('Tiêu đề').click();
  await page.keyboard.type(SAMPLE.title);
  await page.getByLabel('Sapo').click();
  await page.keyboard.type(SAMPLE.sapo);
  await page.getByLabel('Nội dung').click();
  await page.keyboard.type(SAMPLE.body[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kết quả 6 tháng');
  await page.keyboard.press('Control+Alt+2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Hòa bình');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(` và hoà hợp. ${SAMPLE.body[1]}`);
  await page.getByLabel('Chọn tệp ảnh để chèn').setInputFiles({ name: 'hoi-nghi.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('Chú thích ảnh').fill('Quang cảnh hội nghị');
  await page.getByLabel('Tác giả ảnh').fill('Ảnh: Minh Đức');
  await page.getByLabel('Mô tả ảnh').fill('Hội trường đông đại biểu');
  await page.getByLabel('Bút danh').fill(SAMPLE.byline);
  await waitForSaved(page);
}

async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe.preview-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (frame == null) throw new Error('no preview frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('accessibility: axe-core finds no serious or critical violation', () => {
  it('in the library', async () => {
    const { page } = await openSession();
    await writeArticle(page);
    await page.getByRole('button', { name: /Thư viện/ }).first().click();
    await page.getByRole('row', { name: new RegExp(SAMPLE.title) }).waitFor();
    expect(ids(await auditAccessibility(page, 'library'))).toEqual([]);
    // "Bài mới" opens the template picker: the next screen every new article passes through.
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByRole('dialog', { name: 'Viết bài theo mẫu' }).getByRole('button', { name: 'Phỏng vấn' }).waitFor();
    expect(ids(await auditAccessibility(page, 'template picker'))).toEqual([]);
  });

  it('in the library search and on the settings screen with its backups', async () => {
    const { page } = await openSession();
    await writeArticle(page);
    await page.getByRole('button', { name: /Thư viện/ }).first().click();
    await page.getByRole('searchbox', { name: 'Tìm trong thư viện' }).fill('giao ban');
    await page.getByRole('button', { name: 'Bộ lọc' }).click();
    await page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').first().waitFor();
    expect(ids(await auditAccessibility(page, 'library search'))).toEqual([]);
    await page.goto(new URL('#/cai-dat', page.url()).toString());
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await page.getByRole('button', { name: /^Khôi phục: / }).first().waitFor();
    expect(ids(await auditAccessibility(page, 'settings and backups'))).toEqual([]);
  });

  it('on the sites screen', async () => {
    const { page } = await openSession();
    await page.getByRole('link', { name: 'Kết nối trang' }).first().click();
    await page.getByLabel('Địa chỉ trang').first().waitFor();
    expect(ids(await auditAccessibility(page, 'sites'))).toEqual([]);
  });

  it('in the editor, with an article, the find panel and the shortcut help', async () => {
    const { page } = await openSession();
    await writeArticle(page);
    expect(ids(await auditAccessibility(page, 'editor'))).toEqual([]);

    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await page.keyboard.press('Control+h');
    await page.getByRole('textbox', { name: 'Tìm', exact: true }).fill('hoa');
    await page.getByRole('checkbox', { name: 'Không phân biệt dấu' }).check();
    await expect.poll(() => page.getByTestId('find-count').innerText()).toBe('1/2');
    expect(ids(await auditAccessibility(page, 'editor with find and replace'))).toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+/');
    await page.getByRole('dialog', { name: 'Phím tắt khi soạn bài' }).waitFor();
    expect(ids(await auditAccessibility(page, 'shortcut help'))).toEqual([]);
    await page.keyboard.press('Escape');

    // Version history, with a named version chosen and compared with the text now.
    await page.getByRole('button', { name: 'Lưu phiên bản' }).first().click();
    await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
    const history = page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
    await history.getByRole('checkbox').first().check();
    await history.getByRole('button', { name: 'So sánh với nội dung hiện tại' }).click();
    await history.getByRole('region', { name: 'So sánh' }).waitFor();
    expect(ids(await auditAccessibility(page, 'version history'))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('in the preview, which the app’s CSP lets load its stylesheet and photos and run nothing', async () => {
    const { page } = await openSession();
    const refusals: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|sandboxed|Refused|Not allowed to load/i.test(message.text())) refusals.push(message.text());
    });
    await writeArticle(page);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xem trước bài viết' });
    await dialog.waitFor();
    const frame = await previewFrame(page);

    // Styled by preview.css (a headline at 32px, the sapo bold, the byline right-aligned) and the photo shown.
    const look = await frame.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        return element === null ? undefined : getComputedStyle(element);
      };
      return {
        headline: document.querySelector('h1')?.textContent,
        headlineSize: style('.preview-title')?.fontSize,
        sapoWeight: style('.preview-sapo')?.fontWeight,
        bylineAlign: style('.toasoan-byline')?.textAlign,
        caption: document.querySelector('figcaption')?.textContent,
        photoWidth: document.querySelector('img')?.naturalWidth,
      };
    });
    expect(look).toEqual({
      headline: SAMPLE.title,
      headlineSize: '32px',
      sapoWeight: '700',
      bylineAlign: 'right',
      caption: 'Quang cảnh hội nghị — Ảnh: Minh Đức',
      photoWidth: 1,
    });
    expect(await page.locator('iframe.preview-frame').getAttribute('sandbox')).toBe('allow-same-origin');
    expect(refusals).toEqual([]);

    expect(ids(await auditAccessibility(page, 'preview dialog'))).toEqual([]);
    // axe waits on setTimeout, and a frame without allow-scripts runs no timer or message
    // callback (measured: they never fire), so the frame's document is audited as a page of its own.
    const html = await page.locator('iframe.preview-frame').getAttribute('srcdoc');
    const copy = await page.context().newPage();
    await copy.setContent(html ?? '', { waitUntil: 'load' });
    expect(await copy.evaluate(() => getComputedStyle(document.querySelector('h1') ?? document.body).fontSize)).toBe('32px');
    expect(ids(await auditAccessibility(copy, 'preview page (the frame’s document)'))).toEqual([]);
    await copy.close();

    // Esc inside the frame closes the preview too, and the focus goes back to "Xem trước".
    await page.locator('iframe.preview-frame').focus();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xem trước');
  });
});
