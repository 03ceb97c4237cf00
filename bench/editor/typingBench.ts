import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../tests/support/browser.ts';
import { startHarnessProcess } from '../../tests/support/harnessProcess.ts';
import { serveBaselines } from './baselinePages.ts';
import { startTyping, type TypingPlan, type TypingRun, type TypingSession } from './measureTyping.ts';
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

interface OpenApp {
  opensMs: number[];
  session: TypingSession;
  /** Nothing typed may be lost on the way to the database either: waits for "Đã lưu", stops the harness. */
  close(page: Page): Promise<void>;
}

/** The app on a seeded library in its harness: opened from the library `opens` times, then ready to type. */
async function openApp(page: Page, seeded: SeededLibrary, options: EditorBenchOptions, opens: number, log: Log): Promise<OpenApp> {
  const harness = await startHarnessProcess(seeded.dataDir);
  try {
    await page.goto(harness.url);
    const blocks = seeded.shape.paragraphs + seeded.shape.headings + seeded.shape.lists + seeded.shape.figures;
    const opensMs: number[] = [];
    for (let open = 0; open < opens; open++) {
      opensMs.push(await openFromLibrary(page, seeded.title, blocks));
      if (open < opens - 1) await backToLibrary(page, /Thư viện/);
    }
    log(`app (${seeded.shape.words} words): opened ${opens}× (${opensMs.map((value) => value.toFixed(0)).join(', ')} ms)`);
    const session = await startTyping(page, APP_EDITABLE, options);
    return {
      opensMs,
      session,
      close: async (appPage) => {
        try {
          await appPage.getByTestId('save-indicator').filter({ hasText: /^Đã lưu$/ }).waitFor();
        } finally {
          await harness.stop();
        }
      },
    };
  } catch (error) {
    await harness.stop();
    throw error;
  }
}

/**
 * Issue 4's typing benchmark: the 10,000-word article in the real app (harness, real
 * core, every newsroom feature on), the app on a short article, bare TipTap (alone and
 * with an `input` listener) and a plain contenteditable, each in its own tab of one
 * Debian Chromium, typed the same way at the same place. The measured keys come in
 * rounds, every editor in turn in each round and the order reversed every other round,
 * so a slow minute of the machine falls on all of them alike, not on whichever ran then.
 */
export async function editorTypingBench(options: EditorBenchOptions, log: Log): Promise<EditorBenchResult> {
  const seeded = await seedLongArticle(options.words);
  log(`editor: article of ${seeded.shape.words} words, ${seeded.shape.paragraphs} paragraphs, ${seeded.shape.figures} figures`);
  const short = await seedLongArticle(1_000);
  const baselines = await serveBaselines(seeded.html, seeded.photo);
  const browser = await launchBrowser();
  const apps: { app: OpenApp; page: Page }[] = [];
  try {
    const tab = () => browser.context.newPage();
    const appPage = await tab();
    const app = await openApp(appPage, seeded, options, options.opens, log);
    apps.push({ app, page: appPage });
    const shortPage = await tab();
    const appShort = await openApp(shortPage, short, options, 1, log);
    apps.push({ app: appShort, page: shortPage });
    const baseline = async (url: string) => {
      const page = await tab();
      await page.goto(url);
      await page.locator('#editable').waitFor();
      return startTyping(page, '#editable', options);
    };
    const editors: [string, TypingSession][] = [
      ['app', app.session],
      [`app, ${short.shape.words} words`, appShort.session],
      ['bare TipTap', await baseline(baselines.bareTiptapUrl)],
      ['bare TipTap + input listener', await baseline(baselines.bareTiptapListenerUrl)],
      ['plain contenteditable', await baseline(baselines.plainUrl)],
    ];
    const perRound = Math.ceil(options.measuredKeys / options.rounds);
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? editors : [...editors].reverse();
      log(`typing round ${round + 1} of ${options.rounds}: ${perRound} + ${perRound} keys each`);
      for (const [, session] of order) await session.round(perRound);
    }
    const [appRun, appShortRun, bareTiptap, bareTiptapListener, plain] = await Promise.all(editors.map(([, session]) => session.finish()));
    for (const { app: open, page } of apps.splice(0)) await open.close(page);
    if (appRun === undefined || appShortRun === undefined || bareTiptap === undefined || bareTiptapListener === undefined || plain === undefined) {
      throw new Error('an editor gave no figures');
    }
    return {
      chromium: chromiumVersion(),
      plan: options,
      article: seeded.shape,
      opensMs: app.opensMs,
      app: appRun,
      appShort: { words: short.shape.words, run: appShortRun },
      bareTiptap,
      bareTiptapListener,
      plain,
    };
  } finally {
    for (const { app: open, page } of apps) await open.close(page).catch(() => undefined);
    await browser.close();
    await baselines.close();
    seeded.remove();
    short.remove();
  }
}
