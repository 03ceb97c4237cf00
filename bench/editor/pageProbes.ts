import type { Page } from 'playwright-core';

/**
 * Probes run inside the page (through DevTools, so the app's CSP does not apply to them).
 * Timings are taken with the page's own clock, so no round trip to this process is in them.
 */
interface ProbeWindow {
  __keyFrames?: number[];
  __keyFrameListener?: () => void;
}

/**
 * Keydown → next frame: a capture listener on window notes the time, asks for an
 * animation frame, and in it posts a MessageChannel message, which runs after that
 * frame's rendering work; the gap is what the reporter waits to see the letter.
 */
export async function installFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as ProbeWindow;
    probe.__keyFrames = [];
    probe.__keyFrameListener = () => {
      const start = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.__keyFrames?.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    window.addEventListener('keydown', probe.__keyFrameListener, true);
  });
}

/** Takes the probe's listener off again, so the next traced pass runs without it. */
export async function removeFrameProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = window as unknown as ProbeWindow;
    if (probe.__keyFrameListener !== undefined) window.removeEventListener('keydown', probe.__keyFrameListener, true);
    probe.__keyFrameListener = undefined;
  });
}

export async function collectFrameProbe(page: Page, keys: number): Promise<number[]> {
  await page.waitForFunction((count) => ((window as unknown as ProbeWindow).__keyFrames?.length ?? 0) >= count, keys);
  return page.evaluate(() => (window as unknown as ProbeWindow).__keyFrames ?? []);
}

/**
 * Puts the caret at the end of the middle top-level paragraph of the editable root and
 * returns that paragraph's text, so the run can check afterwards that every key landed.
 */
export async function caretAtMiddleParagraph(page: Page, rootSelector: string): Promise<{ index: number; text: string }> {
  const placed = await page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (root === null) throw new Error(`no ${selector}`);
    const paragraphs = root.querySelectorAll(':scope > p');
    const index = Math.floor(paragraphs.length / 2);
    const target = paragraphs[index];
    if (target === undefined) throw new Error('no paragraphs');
    target.scrollIntoView({ block: 'center' });
    root.focus();
    const range = document.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return { index, text: target.textContent ?? '' };
  }, rootSelector);
  // ProseMirror takes the DOM selection on selectionchange, which fires after this task.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return placed;
}

export async function paragraphText(page: Page, rootSelector: string, index: number): Promise<string> {
  return page.evaluate(
    ({ selector, at }) => document.querySelector(selector)?.querySelectorAll(':scope > p')[at]?.textContent?.replace(/\u00a0/g, ' ') ?? '',
    { selector: rootSelector, at: index },
  );
}
