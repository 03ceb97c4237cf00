import type { Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { tempDir } from '../support/core.ts';
import { startHarnessProcess, type HarnessProcess } from '../support/harnessProcess.ts';

export interface Session {
  dataDir: string;
  harness: HarnessProcess;
  page: Page;
  /** Kill -9 the harness and start a new one on the same data folder; the page follows it. */
  restartHarness(options?: { kill9?: boolean }): Promise<void>;
}

/** A harness process on a fresh data folder and a fresh Chromium page on it; both torn down after the test. */
export async function openSession(): Promise<Session> {
  const dataDir = tempDir('toasoan-e2e-');
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  const session: Session = {
    dataDir,
    harness: await startHarnessProcess(dataDir),
    page,
    restartHarness: async ({ kill9 = true } = {}) => {
      const hash = new URL(page.url()).hash;
      if (kill9) await session.harness.kill9();
      else await session.harness.stop();
      session.harness = await startHarnessProcess(dataDir);
      await page.goto(session.harness.url + hash);
    },
  };
  onTestFinished(async () => {
    await browser.close();
    await session.harness.stop();
  });
  await page.goto(session.harness.url);
  return session;
}

export async function waitForSaved(page: Page): Promise<void> {
  await page.getByTestId('save-indicator').filter({ hasText: /^Đã lưu$/ }).waitFor();
}

/** "Bài mới", then "Trang trắng" in the template picker it opens: a blank article, in the editor. */
export async function newBlankArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bài mới' }).click();
  await page.getByRole('dialog', { name: 'Viết bài theo mẫu' }).getByRole('button', { name: 'Trang trắng' }).click();
}
