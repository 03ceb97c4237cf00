import type { EditorView } from '@tiptap/pm/view';

/** ProseMirror's DOM observer: not in its public types, present in every 1.x view. */
interface WithDomObserver {
  domObserver?: { flush?: () => void };
}

/**
 * Before a key that acts on the selection (Enter, Backspace, Delete, Tab, a shortcut),
 * makes ProseMirror read the DOM selection now. ProseMirror learns of a caret move by
 * the browser (a click, Ctrl+End, Shift+arrows) from `selectionchange`, which comes as a
 * later task; a key arriving before it (fast hands, a remapping tool, automation) was
 * applied to the old selection: Enter after Ctrl+End split the paragraph the caret had
 * left, over whatever was selected there. Plain characters need nothing: the browser
 * inserts them at the DOM selection and ProseMirror reads the change.
 */
export function syncSelectionBeforeKey(view: EditorView, event: KeyboardEvent): void {
  if (event.isComposing) return;
  const acts = event.key.length > 1 || event.ctrlKey || event.metaKey || event.altKey;
  if (!acts) return;
  (view as unknown as WithDomObserver).domObserver?.flush?.();
}
