import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../tests/support/browser.ts';
import { startHarnessProcess } from '../../tests/support/harnessProcess.ts';
import { serveBaselines } from './baselinePages.ts';
import { measureTyping, type TypingPlan, type TypingRun } from './measureTyping.ts';
import { APP_EDITABLE, backToLibrary, openFromLibrary } from './openArticle.ts';
import { seedLongArticle, type SeededLibrary } from './seedLongArticle.ts';

export interface EditorBenchOptions extends TypingPlan {
  words: number;
  opens: number;
}

export interface EditorBenchResult {
  chromium: string;
  plan: EditorBenchOptions;
  article: SeededLibrary['shape'];
  /** Library → editable, ms, in order: the first open is cold (first time the editor code runs). */
  opensMs: number[];
  app: TypingRun;
  /** The app on a 1,000-word article: typing must cost the same as in the long one. */
  appShort: { words: number; run: TypingRun };
  bareTiptap: TypingRun;
  bareTiptapListener: TypingRun;
  plain: TypingRun;
}

/** Debian's wrapper script prints a shell warning to stderr on some machines; only stdout is the version. */
function chromiumVersion(): string {
  return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

type Log = (line: string) => void;

async function measureApp(page: Page, seeded: SeededLibrary, options: EditorBenchOptions, log: Log) {
  const harness = await startHarnessProcess(seeded.dataDir);
  try {
    await page.goto(harness.url);
    const blocks = seeded.shape.paragraphs + seeded.shape.headings + seeded.shape.lists + seeded.shape.figures;
    const opensMs: number[] = [];
    for (let open = 0; open < options.opens; open++) {
      opensMs.push(await openFromLibrary(page, seeded.title, blocks));
      if (open < options.opens - 1) await backToLibrary(page, /Thư viện/);
    }
    log(`app: opened ${options.opens}× (${opensMs.map((value) => value.toFixed(0)).join(', ')} ms); typing`);
    const run = await measureTyping(page, APP_EDITABLE, options);
    // Nothing typed may be lost on the way to the database either.
    await page.getByTestId('save-indicator').filter({ hasText: /^Đã lưu$/ }).waitFor();
    return { opensMs, run };
  } finally {
    await harness.stop();
  }
}

/**
 * Issue 4's typing benchmark: the 10,000-word article in the real app (harness, real
 * core, every newsroom feature on), then in bare TipTap and in a plain contenteditable,
 * each in a fresh page of Debian's Chromium, typed the same way at the same place.
 */
export async function editorTypingBench(options: EditorBenchOptions, log: Log): Promise<EditorBenchResult> {
  const seeded = await seedLongArticle(options.words);
  log(`editor: article of ${seeded.shape.words} words, ${seeded.shape.paragraphs} paragraphs, ${seeded.shape.figures} figures`);
  const baselines = await serveBaselines(seeded.html, seeded.photo);
  const browser = await launchBrowser();
  try {
    const fresh = async () => {
      for (const open of browser.context.pages()) await open.close();
      return browser.context.newPage();
    };
    const app = await measureApp(await fresh(), seeded, options, log);
    const short = await seedLongArticle(1_000);
    let appShort: EditorBenchResult['appShort'];
    try {
      log(`app on a ${short.shape.words}-word article`);
      appShort = { words: short.shape.words, run: (await measureApp(await fresh(), short, { ...options, opens: 1 }, log)).run };
    } finally {
      short.remove();
    }

    const baseline = async (url: string, label: string) => {
      log(`${label}: typing`);
      const page = await fresh();
      await page.goto(url);
      await page.locator('#editable').waitFor();
      return measureTyping(page, '#editable', options);
    };
    const bareTiptap = await baseline(baselines.bareTiptapUrl, 'bare TipTap');
    const bareTiptapListener = await baseline(baselines.bareTiptapListenerUrl, 'bare TipTap + input listener');
    const plain = await baseline(baselines.plainUrl, 'plain contenteditable');

    return {
      chromium: chromiumVersion(),
      plan: options,
      article: seeded.shape,
      opensMs: app.opensMs,
      app: app.run,
      appShort,
      bareTiptap,
      bareTiptapListener,
      plain,
    };
  } finally {
    await browser.close();
    await baselines.close();
    seeded.remove();
  }
}
