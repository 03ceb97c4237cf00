import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../support/core.ts';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

interface Snapshot {
  title: string;
  sapo: string;
  body: string;
  byline: string;
  category: string;
  tags: string;
  wordCount: string;
}

async function readEditor(page: Page): Promise<Snapshot> {
  await page.getByLabel('Tiêu đề').waitFor();
  return {
    title: await page.getByLabel('Tiêu đề').inputValue(),
    sapo: await page.getByLabel('Sapo').inputValue(),
    body: await page.getByLabel('Nội dung').innerText(),
    byline: await page.getByLabel('Bút danh').inputValue(),
    category: await page.getByLabel('Chuyên mục').inputValue(),
    tags: await page.getByLabel('Thẻ').inputValue(),
    wordCount: await page.getByTestId('word-count').innerText(),
  };
}

describe('writing an article survives reload and kill -9', () => {
  it('keeps exactly what was typed', async () => {
    const { page, ...session } = await openSession();
    await newBlankArticle(page);

    // Typed key by key, as a reporter would, not pasted.
    await page.getByLabel('Tiêu đề').click();
    await page.keyboard.type(SAMPLE.title);
    await page.getByLabel('Sapo').click();
    await page.keyboard.type(SAMPLE.sapo);
    await page.getByLabel('Nội dung').click();
    await page.keyboard.type(SAMPLE.body[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(SAMPLE.body[1]);
    await page.getByLabel('Bút danh').click();
    await page.keyboard.type(SAMPLE.byline);
    await page.getByLabel('Chuyên mục').fill('Chính trị');
    await page.getByLabel('Thẻ').fill('tuyên giáo, giao ban');
    await waitForSaved(page);

    const typed = await readEditor(page);
    expect(typed).toMatchObject({
      title: SAMPLE.title,
      sapo: SAMPLE.sapo,
      body: `${SAMPLE.body[0]}\n\n${SAMPLE.body[1]}`,
      byline: SAMPLE.byline,
      category: 'Chính trị',
      tags: 'tuyên giáo, giao ban',
      wordCount: '49 chữ',
    });

    await page.reload();
    expect(await readEditor(page)).toEqual(typed);

    // One more keystroke, saved, then the process dies without any chance to flush.
    await page.getByLabel('Nội dung').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Hết.');
    await waitForSaved(page);
    const beforeKill = await readEditor(page);
    expect(beforeKill.body.endsWith('kịp thời. Hết.')).toBe(true);

    await session.restartHarness({ kill9: true });
    expect(await readEditor(page)).toEqual(beforeKill);

    await page.getByRole('button', { name: /Thư viện/ }).first().click();
    const row = page.getByRole('row', { name: new RegExp(SAMPLE.title) });
    await expect.poll(() => row.innerText()).toContain('Bản nháp');
    expect(await row.innerText()).toContain('50');
  });

  it('moves an article to the trash and restores it', async () => {
    const { page } = await openSession();
    await newBlankArticle(page);
    await page.getByLabel('Tiêu đề').fill('Bài sẽ vào thùng rác');
    await waitForSaved(page);
    await page.getByRole('button', { name: /Thư viện/ }).first().click();
    await page.getByRole('button', { name: 'Chuyển vào thùng rác: Bài sẽ vào thùng rác' }).click();
    await page.getByText('Đã chuyển “Bài sẽ vào thùng rác” vào thùng rác.').waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(0);
    await page.getByRole('button', { name: 'Thùng rác', exact: true }).click();
    await page.getByRole('button', { name: 'Khôi phục: Bài sẽ vào thùng rác' }).click();
    await page.getByRole('button', { name: 'Quay lại thư viện' }).click();
    await page.getByRole('button', { name: 'Bài sẽ vào thùng rác', exact: true }).waitFor();
  });

  it('switches to English and remembers the choice', async () => {
    const { page } = await openSession();
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('button', { name: 'New article' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('dialog', { name: 'Write from a template' }).getByRole('button', { name: 'Blank page' }).click();
    await page.getByLabel('Title', { exact: true }).waitFor();
    await page.getByLabel('Body').waitFor();
  });
});
