import type { Page } from 'playwright-core';
import { keySequence, typeAtPace } from './keyTyping.ts';
import { caretAtMiddleParagraph, collectFrameProbe, installFrameProbe, paragraphText, removeFrameProbe } from './pageProbes.ts';
import { startTrace, stopTrace } from './tracing.ts';
import { keystrokeDurations } from './typingTrace.ts';

export interface TypingPlan {
  warmUpKeys: number;
  /** Keys measured per editor for (a), and as many again for (b), over all rounds. */
  measuredKeys: number;
  /** The measured keys come in this many rounds, every editor in turn in each (see typingBench.ts). */
  rounds: number;
  intervalMs: number;
}

export interface TypingRun {
  /** (a) keydown + keypress + keyup dispatch, per key, ms, from the traced passes. */
  dispatchMs: number[];
  /** (b) keydown → next frame, per key, ms, from the untraced passes. */
  frameMs: number[];
  /** The paragraph typed into ended exactly as its text plus every key sent. */
  intact: boolean;
}

export interface TypingSession {
  /** One traced pass of `keys` keys for (a), then an untraced one with the frame probe for (b). */
  round(keys: number): Promise<void>;
  /** Checks every key landed and hands back the pooled figures. */
  finish(): Promise<TypingRun>;
}

/** Keys typed, untimed, after the tab comes to the front: the first key after a switch pays for it. */
export const SETTLE_KEYS = 5;

/**
 * Types into one editor at the end of its middle paragraph: a warm-up (JIT, caches) now,
 * then measured rounds when asked. The frame probe's listener is on the window only
 * during the untraced pass, so it is never in (a).
 */
export async function startTyping(page: Page, rootSelector: string, plan: TypingPlan): Promise<TypingSession> {
  const cdp = await page.context().newCDPSession(page);
  const { index, text } = await caretAtMiddleParagraph(page, rootSelector);
  const typed: string[] = [];
  const next = (count: number) => {
    const keys = keySequence(count, typed.length);
    typed.push(...keys);
    return keys;
  };
  await typeAtPace(cdp, next(plan.warmUpKeys), plan.intervalMs);
  const dispatchMs: number[] = [];
  const frameMs: number[] = [];

  return {
    async round(keys) {
      await page.bringToFront();
      await typeAtPace(cdp, next(SETTLE_KEYS), plan.intervalMs);
      const traced = next(keys);
      await startTrace(cdp);
      await typeAtPace(cdp, traced, plan.intervalMs);
      dispatchMs.push(...keystrokeDurations(await stopTrace(cdp), traced.length));

      await installFrameProbe(page);
      const framed = next(keys);
      await typeAtPace(cdp, framed, plan.intervalMs);
      frameMs.push(...(await collectFrameProbe(page, framed.length)));
      await removeFrameProbe(page);
    },
    async finish() {
      await cdp.detach();
      const after = await paragraphText(page, rootSelector, index);
      return { dispatchMs, frameMs, intact: after === text + typed.join('') };
    },
  };
}
