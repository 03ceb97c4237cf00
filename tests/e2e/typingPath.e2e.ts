import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

/**
 * The body editor's typing path (renderer/editor/layer/editorLayer.ts): a listener for a
 * typed character's text events anywhere between the editor and the window makes the
 * browser run ProseMirror's whole transaction inside the keystroke's events. The body
 * sits outside React's root for that; this pins it in the real app.
 */
const TEXT_EVENTS = ['keypress', 'textInput', 'beforeinput', 'input'];

async function listenerTypes(cdp: CDPSession, expression: string): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (result.objectId === undefined) throw new Error(`nothing at ${expression}`);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.map((listener) => listener.type);
}

describe('the body editor’s typing path in Chromium', () => {
  it('has no text-event listener above the editor, from its parent up to the window, with the whole form around it', async () => {
    const { page } = await openSession();
    await newBlankArticle(page);
    const body = page.getByRole('textbox', { name: 'Nội dung' });
    await body.click();
    await page.keyboard.type('Người dân Quảng Trị');
    await waitForSaved(page);

    const cdp = await page.context().newCDPSession(page);
    const depth = await body.evaluate((editor) => {
      let count = 0;
      for (let node = editor.parentElement; node !== null; node = node.parentElement) count++;
      return count;
    });
    expect(depth).toBeGreaterThan(3);
    const found: Record<string, string[]> = {};
    const path = [
      ...Array.from({ length: depth }, (_, up) => `document.querySelector('.ProseMirror')${'.parentElement'.repeat(up + 1)}`),
      'document',
      'window',
    ];
    for (const expression of path) {
      const text = (await listenerTypes(cdp, expression)).filter((type) => TEXT_EVENTS.includes(type));
      if (text.length > 0) found[expression] = text;
    }
    expect(found).toEqual({});

    // The check looks in the right place: React's root, beside the layer, listens for them.
    const reactRoot = await listenerTypes(cdp, "document.getElementById('root')");
    expect(reactRoot).toEqual(expect.arrayContaining(['keypress', 'textInput', 'input']));
    // And ProseMirror's own listeners are on the editor itself.
    expect(await listenerTypes(cdp, "document.querySelector('.ProseMirror')")).toEqual(expect.arrayContaining(['keydown', 'keypress', 'beforeinput']));
    await cdp.detach();

    // The fields around the body are React's, in the same form: they still answer.
    await page.getByLabel('Tiêu đề').fill('Giao ban công tác tuyên giáo');
    await page.getByLabel('Bút danh').fill('Minh Đức');
    await waitForSaved(page);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Nội dung' }).innerText()).toBe('Người dân Quảng Trị');
    expect(await page.getByLabel('Bút danh').inputValue()).toBe('Minh Đức');
  });
});
