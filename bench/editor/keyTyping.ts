import { setTimeout as sleep } from 'node:timers/promises';
import type { CDPSession } from 'playwright-core';

/** What the bench types: a sentence of a story, with the letters only Vietnamese has. */
export const TYPED_SENTENCE = ' Người dân Quảng Trị phấn khởi đón mùa lúa mới, giá bán cao hơn năm trước đến 15%.';

/** `count` keys of the sentence, starting `offset` keys into it (so passes continue the text). */
export function keySequence(count: number, offset = 0): string[] {
  const letters = Array.from(TYPED_SENTENCE);
  return Array.from({ length: count }, (_, index) => letters[(offset + index) % letters.length] as string);
}

const PUNCTUATION: Record<string, { code: string; keyCode: number }> = {
  ' ': { code: 'Space', keyCode: 32 },
  ',': { code: 'Comma', keyCode: 188 },
  '.': { code: 'Period', keyCode: 190 },
  '%': { code: 'Digit5', keyCode: 53 },
};

/** The physical key a layout would send: a Vietnamese letter comes from its base Latin letter's key. */
function physicalKey(char: string): { code: string; keyCode: number } {
  const known = PUNCTUATION[char];
  if (known !== undefined) return known;
  const base = char.normalize('NFD').charAt(0).replace('đ', 'd').replace('Đ', 'D').toUpperCase();
  if (/^[A-Z]$/.test(base)) return { code: `Key${base}`, keyCode: base.charCodeAt(0) };
  if (/^[0-9]$/.test(base)) return { code: `Digit${base}`, keyCode: base.charCodeAt(0) };
  throw new Error(`no key for ${JSON.stringify(char)}`);
}

/**
 * One key as a keyboard sends it: keyDown carrying the text (Chromium dispatches keydown,
 * keypress, beforeinput and input) then keyUp. Playwright's `keyboard.type` would send a
 * letter outside the US layout as `insertText`, with no key events at all to measure.
 */
export async function pressKey(cdp: CDPSession, char: string): Promise<void> {
  const { code, keyCode } = physicalKey(char);
  const key = { key: char, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/** Types at a steady human pace: one key every `intervalMs`, however long each took. */
export async function typeAtPace(cdp: CDPSession, keys: readonly string[], intervalMs: number): Promise<void> {
  let next = performance.now();
  for (const key of keys) {
    await pressKey(cdp, key);
    next += intervalMs;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
  }
}
