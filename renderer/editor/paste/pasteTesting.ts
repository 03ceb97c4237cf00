import { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { PasteHygiene } from './PasteHygiene.ts';

/**
 * Test helpers: a real TipTap editor with the extension, and a paste as Chromium delivers
 * it (jsdom has neither DataTransfer nor ClipboardEvent, so both are stood in for).
 */
export function pasteEditor(content = '<p></p>', options: Parameters<typeof PasteHygiene.configure>[0] = {}): Editor {
  // ProseMirror's view.pasteText() builds a ClipboardEvent; jsdom does not have one.
  globalThis.ClipboardEvent ??= class extends Event {} as unknown as typeof ClipboardEvent;
  return new Editor({ element: document.createElement('div'), extensions: [StarterKit, PasteHygiene.configure(options)], content });
}

export function paste(editor: Editor, flavours: Record<string, string>): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const clipboardData = { getData: (type: string) => flavours[type] ?? '', types: Object.keys(flavours), files: [], items: [] };
  Object.defineProperty(event, 'clipboardData', { value: clipboardData });
  editor.view.dom.dispatchEvent(event);
  return event;
}

export function notices(editor: Editor) {
  return editor.storage.pasteHygiene.notices;
}
