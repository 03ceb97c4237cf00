import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

describe("editor's note", () => {
  it('highlights the selection as a note, and Ctrl+Alt+M toggles it', () => {
    const editor = editorForTest('<p>Giá tăng 5%</p>');
    editor.commands.setTextSelection({ from: 10, to: 12 });
    expect(editor.commands.toggleEditorNote()).toBe(true);
    const mark = editor.view.dom.querySelector('mark');
    expect(mark?.className).toBe('editor-note');
    expect(mark?.textContent).toBe('5%');
    expect(storedBody(editor).content[0]?.content?.[1]).toEqual({ type: 'text', text: '5%', marks: [{ type: 'editorNote' }] });
    expect(editor.commands.keyboardShortcut('Mod-Alt-m')).toBe(true);
    expect(editor.view.dom.querySelector('mark')).toBeNull();
  });

  it('survives copy and paste between articles, but another program’s highlight is plain text', () => {
    const source = editorForTest('<p>a <mark data-editor-note="">kiểm tra</mark></p>');
    const copy = editorForTest(source.getHTML());
    expect(storedBody(copy).content[0]?.content?.[1]?.marks).toEqual([{ type: 'editorNote' }]);
    const foreign = editorForTest('<p><mark>vàng</mark> <mark class="toasoan-editor-note">ghi chú</mark></p>');
    expect(storedBody(foreign).content[0]?.content).toEqual([{ type: 'text', text: 'vàng ' }, { type: 'text', text: 'ghi chú', marks: [{ type: 'editorNote' }] }]);
  });
});
