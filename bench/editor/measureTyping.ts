import type { Page } from 'playwright-core';
import { keySequence, typeAtPace } from './keyTyping.ts';
import { caretAtMiddleParagraph, collectFrameProbe, installFrameProbe, paragraphText } from './pageProbes.ts';
import { startTrace, stopTrace } from './tracing.ts';
import { keystrokeDurations } from './typingTrace.ts';

export interface TypingPlan {
  warmUpKeys: number;
  measuredKeys: number;
  intervalMs: number;
}

export interface TypingRun {
  /** (a) keydown + keypress + keyup dispatch, per key, ms, from the traced pass. */
  dispatchMs: number[];
  /** (b) keydown → next frame, per key, ms, from the untraced pass. */
  frameMs: number[];
  /** The paragraph typed into ended exactly as its text plus every key sent. */
  intact: boolean;
}

/**
 * Types into one editor at the end of its middle paragraph: a warm-up (JIT, caches),
 * a traced pass for (a), then an untraced pass with the frame probe for (b). The probe
 * is installed only after the trace so its listener is not in (a).
 */
export async function measureTyping(page: Page, rootSelector: string, plan: TypingPlan): Promise<TypingRun> {
  const cdp = await page.context().newCDPSession(page);
  const { index, text } = await caretAtMiddleParagraph(page, rootSelector);
  const warmUp = keySequence(plan.warmUpKeys);
  const traced = keySequence(plan.measuredKeys, warmUp.length);
  const framed = keySequence(plan.measuredKeys, warmUp.length + traced.length);

  await typeAtPace(cdp, warmUp, plan.intervalMs);
  await startTrace(cdp);
  await typeAtPace(cdp, traced, plan.intervalMs);
  const events = await stopTrace(cdp);
  const dispatchMs = keystrokeDurations(events, traced.length);

  await installFrameProbe(page);
  await typeAtPace(cdp, framed, plan.intervalMs);
  const frameMs = await collectFrameProbe(page, framed.length);
  await cdp.detach();

  const typed = [...warmUp, ...traced, ...framed].join('');
  const after = await paragraphText(page, rootSelector, index);
  return { dispatchMs, frameMs, intact: after === text + typed };
}
