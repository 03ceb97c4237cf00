import type { Page } from 'playwright-core';

/** The app's body editor once it is editable: the root the typing passes type into. */
export const APP_EDITABLE = '.body-editor[contenteditable="true"]';

/**
 * Library → editable: from the click on the article's title in the library (a capture
 * listener notes the time) to the first frame in which the body editor is editable and
 * holds the whole article (its last block rendered), measured after that frame's paint
 * work by a MessageChannel message. Returns milliseconds.
 */
export async function openFromLibrary(page: Page, title: string, blocks: number): Promise<number> {
  await page.getByRole('button', { name: title, exact: true }).waitFor();
  const measured = page.evaluate(
    ({ selector, expected }) =>
      new Promise<number>((resolve) => {
        window.addEventListener(
          'click',
          () => {
            const start = performance.now();
            const check = () => {
              const root = document.querySelector(selector);
              if (root === null || root.childElementCount < expected) {
                requestAnimationFrame(check);
                return;
              }
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(null);
            };
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      }),
    { selector: APP_EDITABLE, expected: blocks },
  );
  await page.getByRole('button', { name: title, exact: true }).click();
  return measured;
}

/** Back to the library by the editor's own button, as a reporter would. */
export async function backToLibrary(page: Page, backLabel: RegExp): Promise<void> {
  await page.getByRole('button', { name: backLabel }).first().click();
  await page.locator(APP_EDITABLE).waitFor({ state: 'detached' });
}
