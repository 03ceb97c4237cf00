import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newBlankArticle, openSession, waitForSaved } from './session.ts';

/**
 * Vietnamese input methods (issue 4): an OS IME composing Telex syllables
 * (composition events, driven through the DevTools protocol), and Unikey/EVKey-style
 * tools that send Backspaces and retype the syllable. Nothing may be duplicated,
 * dropped or left decomposed.
 */

/** What a Telex IME shows while composing each syllable, ending with the committed syllable. */
const TELEX: Record<string, string[]> = {
  Việt: ['V', 'Vi', 'Vie', 'Viê', 'Viêt', 'Việt'],
  Nam: ['N', 'Na', 'Nam'],
  người: ['n', 'ng', 'ngu', 'ngư', 'ngươ', 'ngươi', 'người'],
  Quảng: ['Q', 'Qu', 'Qua', 'Quan', 'Quang', 'Quảng'],
  Trị: ['T', 'Tr', 'Tri', 'Trị'],
};

async function composeSyllable(cdp: CDPSession, syllable: string): Promise<void> {
  const steps = TELEX[syllable];
  if (!steps) throw new Error(`no Telex steps for ${syllable}`);
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: syllable });
}

/** Composes each word through the IME, with plain spaces typed between words. */
async function composeWords(page: Page, cdp: CDPSession, phrase: string): Promise<void> {
  const words = phrase.split(' ');
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.type(' ');
    await composeSyllable(cdp, word);
  }
}

/**
 * Unikey/EVKey: the raw keys go in, then the tool erases the syllable with Backspace
 * and retypes it with the diacritics, sometimes several times per syllable.
 */
const UNIKEY: Record<string, string[]> = {
  Việt: ['Vie', 'Viê', 'Việ', 'Việt'],
  Nam: ['Nam'],
  người: ['ngu', 'ngư', 'ngươ', 'ngươi', 'người'],
  Quảng: ['Qua', 'Quả', 'Quản', 'Quảng'],
  Trị: ['Tri', 'Trị'],
  Đường: ['d', 'đ', 'Đ', 'Đu', 'Đư', 'Đươ', 'Đương', 'Đường'],
  sắt: ['sa', 'să', 'sắ', 'sắt'],
};

async function unikeyWords(page: Page, phrase: string): Promise<void> {
  const words = phrase.split(' ');
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.insertText(' ');
    const steps = UNIKEY[word];
    if (!steps) throw new Error(`no Unikey steps for ${word}`);
    let shown = '';
    for (const step of steps) {
      // Erase what the tool previously put on screen for this syllable, then retype it.
      for (let k = 0; k < shown.length; k++) await page.keyboard.press('Backspace');
      await page.keyboard.insertText(step);
      shown = step;
    }
  }
}

const body = (page: Page) => page.getByLabel('Nội dung');
const title = (page: Page) => page.getByLabel('Tiêu đề');

async function bodyText(page: Page): Promise<string> {
  return body(page).innerText();
}

async function newArticle(page: Page): Promise<void> {
  await newBlankArticle(page);
  await body(page).waitFor();
}

function expectNfc(text: string): void {
  expect(text).toBe(text.normalize('NFC'));
}

/** The body is in NFC, is saved, and reads back the same from the library after a reload. */
async function expectKeptAfterReload(page: Page, expected: string): Promise<void> {
  expectNfc(await bodyText(page));
  await waitForSaved(page);
  await page.reload();
  await body(page).waitFor();
  expect(await bodyText(page)).toBe(expected);
}

const PHRASES = ['Việt Nam', 'người', 'Quảng Trị'];

describe('Vietnamese input methods in Chromium', () => {
  it('IME composition at the start of an empty paragraph survives save and reload', async () => {
    const { page } = await openSession();
    await newArticle(page);
    const cdp = await page.context().newCDPSession(page);
    await body(page).click();
    await page.evaluate(() => {
      const w = window as unknown as { imeEvents: string[] };
      w.imeEvents = [];
      for (const type of ['compositionstart', 'compositionend'])
        document.addEventListener(type, () => w.imeEvents.push(type), true);
    });
    // Mid-composition the paragraph shows exactly the IME's current text, once.
    for (const text of ['V', 'Vi', 'Vie', 'Viê']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    expect(await bodyText(page)).toBe('Viê');
    await cdp.send('Input.imeSetComposition', { text: 'Việ', selectionStart: 3, selectionEnd: 3 });
    expect(await bodyText(page)).toBe('Việ');
    await cdp.send('Input.insertText', { text: 'Việt' });
    expect(await bodyText(page)).toBe('Việt');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await body(page).textContent()).toBe('');
    for (const [i, phrase] of PHRASES.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await composeWords(page, cdp, phrase);
    }
    const expected = PHRASES.join('\n\n');
    expect(await bodyText(page)).toBe(expected);
    // Every syllable really went through a composition (1 + 5 syllables).
    const events = await page.evaluate(() => (window as unknown as { imeEvents: string[] }).imeEvents);
    expect(events.filter((e) => e === 'compositionstart')).toHaveLength(6);
    expect(events.filter((e) => e === 'compositionend')).toHaveLength(6);
    await expectKeptAfterReload(page, expected);
  });

  it('IME composition in the middle of existing text survives save and reload', async () => {
    const { page } = await openSession();
    await newArticle(page);
    const cdp = await page.context().newCDPSession(page);
    await body(page).click();
    await page.keyboard.type('Tỉnh  có  ở miền Trung.');
    // Caret to just after "Tỉnh " and compose "Quảng Trị" there.
    await page.keyboard.press('Home');
    for (let k = 0; k < 'Tỉnh '.length; k++) await page.keyboard.press('ArrowRight');
    await composeWords(page, cdp, 'Quảng Trị');
    // Then after "có " compose "người Việt Nam".
    for (let k = 0; k < ' có '.length; k++) await page.keyboard.press('ArrowRight');
    await composeWords(page, cdp, 'người');
    await page.keyboard.type(' ');
    await composeWords(page, cdp, 'Việt Nam');
    const expected = 'Tỉnh Quảng Trị có người Việt Nam ở miền Trung.';
    expect(await bodyText(page)).toBe(expected);
    await expectKeptAfterReload(page, expected);
  });

  it('Unikey-style Backspace and retype in the body, at the start and in the middle', async () => {
    const { page } = await openSession();
    await newArticle(page);
    await body(page).click();
    await unikeyWords(page, 'Đường sắt Việt Nam');
    await page.keyboard.press('Enter');
    await unikeyWords(page, 'người Quảng Trị');
    await page.keyboard.type('.');
    // Middle of existing text: caret between "người" and " Quảng".
    await page.keyboard.press('Home');
    for (let k = 0; k < 'người'.length; k++) await page.keyboard.press('ArrowRight');
    await page.keyboard.insertText(' ');
    await unikeyWords(page, 'Việt Nam');
    const expected = 'Đường sắt Việt Nam\n\nngười Việt Nam Quảng Trị.';
    expect(await bodyText(page)).toBe(expected);
    await expectKeptAfterReload(page, expected);
  });

  it('IME composition and Unikey-style retyping in the title', async () => {
    const { page } = await openSession();
    await newArticle(page);
    const cdp = await page.context().newCDPSession(page);
    await title(page).click();
    await composeWords(page, cdp, 'Quảng Trị');
    await page.keyboard.type(' ');
    await composeWords(page, cdp, 'người');
    await page.keyboard.type(' ');
    await unikeyWords(page, 'Việt Nam');
    // Middle of the title: compose right after "Quảng Trị ".
    await page.keyboard.press('Home');
    for (let k = 0; k < 'Quảng Trị '.length; k++) await page.keyboard.press('ArrowRight');
    await composeWords(page, cdp, 'Việt Nam');
    await page.keyboard.type(' ');
    const expected = 'Quảng Trị Việt Nam người Việt Nam';
    expect(await title(page).inputValue()).toBe(expected);
    expectNfc(await title(page).inputValue());
    await waitForSaved(page);
    await page.reload();
    await title(page).waitFor();
    expect(await title(page).inputValue()).toBe(expected);
  });

  it('a key right after the caret moved acts at the new caret, not on the old selection', async () => {
    const { page } = await openSession();
    await newArticle(page);
    await body(page).click();
    await page.keyboard.type('Đoạn một giữ nguyên.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn hai.');
    // "một" selected, as by a double-click, and ProseMirror told so.
    await page.evaluate(() => {
      const first = document.querySelector('.body-editor p')?.firstChild;
      if (first === null || first === undefined) throw new Error('no text');
      window.getSelection()?.setBaseAndExtent(first, 5, first, 8);
    });
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    // The caret goes to the end (as Ctrl+End or a click does) and Enter comes in the same
    // task, before the browser's selectionchange: as from a fast hand or a remapping tool.
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('.body-editor p');
      const last = paragraphs[paragraphs.length - 1]?.firstChild;
      if (last === null || last === undefined) throw new Error('no text');
      window.getSelection()?.setBaseAndExtent(last, 9, last, 9);
      document.querySelector('.body-editor')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    });
    await page.keyboard.type('Đoạn ba.');
    const expected = 'Đoạn một giữ nguyên.\n\nĐoạn hai.\n\nĐoạn ba.';
    expect(await bodyText(page)).toBe(expected);
    await expectKeptAfterReload(page, expected);
  });
});
