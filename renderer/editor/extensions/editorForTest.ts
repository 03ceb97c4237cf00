import { Editor } from '@tiptap/react';
import type { Content } from '@tiptap/react';
import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import { validateBody } from '../../../shared/schema/index.ts';
import { newsroomExtensions } from './index.ts';

/**
 * Extension tests build the real body editor (every newsroom extension), so a test of
 * one node also proves it lives with the others; `storedBody` proves the JSON it leaves
 * is a body main would accept.
 */
const open: Editor[] = [];

export function editorForTest(content?: Content): Editor {
  const editor = new Editor({ extensions: newsroomExtensions(), content: content ?? null, injectCSS: false });
  open.push(editor);
  return editor;
}

export function destroyTestEditors(): void {
  for (const editor of open.splice(0)) editor.destroy();
}

/** The editor's JSON as main stores it (null defaults left out), after checking main's validator accepts it. */
export function storedBody(editor: Editor): BodyDoc {
  const json = editor.getJSON();
  const result = validateBody(json);
  if (result.doc === undefined) throw new Error(`the editor produced a body main refuses: ${JSON.stringify(result.issues)}\n${JSON.stringify(json)}`);
  return result.doc;
}

/** Types `text` a character at a time through the view's text input path, where input rules run. */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor;
  for (const char of text) {
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(char, from, to);
    if (view.someProp('handleTextInput', (handle) => handle(view, from, to, char, insert)) !== true) view.dispatch(insert());
  }
}

/** The view's own paste path (paste rules, `transformPasted`); jsdom has no ClipboardEvent to give it. */
export function pasteHtml(editor: Editor, html: string): void {
  editor.view.pasteHTML(html, new Event('paste') as ClipboardEvent);
}

/**
 * A key pressed in the editor, through the view's keydown handlers; true when one handled
 * it. Unlike TipTap's `keyboardShortcut` command this keeps selection-only changes
 * (moving between table cells) and says whether the key was taken.
 */
export function pressKey(editor: Editor, key: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean } = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
  return editor.view.someProp('handleKeyDown', (handle) => handle(editor.view, event)) === true;
}

/** The document position just before the first occurrence of `text`. */
export function positionOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found !== -1) return false;
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (index !== -1) found = pos + index;
    return true;
  });
  if (found === -1) throw new Error(`no "${text}" in the document`);
  return found;
}

/**
 * jsdom has no layout: a command that scrolls the selection into view after focusing
 * (TipTap's `focus()` does, a frame later) asks a Range for rectangles jsdom lacks.
 * Empty rectangles let that run out harmlessly in tests of the toolbar.
 */
export function giveRangesRects(): void {
  if (!('getClientRects' in Range.prototype)) {
    Object.defineProperty(Range.prototype, 'getClientRects', { configurable: true, value: () => document.createElement('div').getClientRects() });
  }
  if (!('getBoundingClientRect' in Range.prototype)) {
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: () => document.createElement('div').getBoundingClientRect() });
  }
}
