/**
 * Tab and Shift+Tab kept inside a modal: from the last focusable item Tab goes to the
 * first, from the first Shift+Tab goes to the last. Other keys, and Tab between items,
 * are left to the browser. Shared by the app's two dialog frames.
 */
export function wrapTab(event: { key: string; shiftKey: boolean; preventDefault(): void }, items: readonly HTMLElement[]): void {
  if (event.key !== 'Tab') return;
  const first = items[0];
  const last = items[items.length - 1];
  if (first === undefined || last === undefined) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
