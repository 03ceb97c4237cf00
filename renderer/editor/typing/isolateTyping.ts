/**
 * Events of plain typing in the body stop at the editor frame. React listens for every
 * event on its root, so without this each key would also walk React's event system
 * (keydown, keypress, textInput, beforeinput, input, keyup) though no React handler above
 * the body wants them: ProseMirror's own listeners, on its element below the frame, have
 * already run. A modified key (Ctrl+F, Ctrl+S), a key without a character (Enter, Esc,
 * arrows) and IME composition events go on as before, so document-level shortcuts and
 * dialogs see them. Returns the cleanup.
 */
const TEXT_EVENTS = ['keypress', 'textInput', 'beforeinput', 'input'] as const;
const KEY_EVENTS = ['keydown', 'keyup'] as const;

function isPlainCharacter(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing && event.key.length === 1;
}

export function isolateTyping(frame: HTMLElement): () => void {
  const stop = (event: Event) => event.stopPropagation();
  const stopPlainKey = (event: Event) => {
    if (event instanceof KeyboardEvent && isPlainCharacter(event)) event.stopPropagation();
  };
  for (const type of TEXT_EVENTS) frame.addEventListener(type, stop);
  for (const type of KEY_EVENTS) frame.addEventListener(type, stopPlainKey);
  return () => {
    for (const type of TEXT_EVENTS) frame.removeEventListener(type, stop);
    for (const type of KEY_EVENTS) frame.removeEventListener(type, stopPlainKey);
  };
}
