import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, positionOf } from '../extensions/editorForTest.ts';
import { toolbarState } from './toolbarState.ts';

afterEach(destroyTestEditors);

describe('toolbarState', () => {
  it('reads the marks at the cursor, including those about to be typed', () => {
    const editor = editorForTest('<p>a <strong>đậm</strong> <mark data-editor-note="">ghi chú</mark></p>');
    editor.commands.setTextSelection(positionOf(editor, 'đậm') + 1);
    expect(toolbarState(editor).marks).toMatchObject({ bold: true, italic: false, editorNote: false });
    editor.commands.setTextSelection(2);
    editor.commands.toggleItalic();
    expect(toolbarState(editor).marks).toMatchObject({ bold: false, italic: true });
  });

  it('presses a mark for a selection only when all of it has the mark', () => {
    const editor = editorForTest('<p>a <strong>đậm</strong></p>');
    editor.commands.setTextSelection({ from: positionOf(editor, 'đậm'), to: positionOf(editor, 'đậm') + 3 });
    expect(toolbarState(editor).marks.bold).toBe(true);
    editor.commands.setTextSelection({ from: 1, to: positionOf(editor, 'đậm') + 3 });
    expect(toolbarState(editor).marks.bold).toBe(false);
  });

  it('reads the blocks around the cursor: the innermost list decides, alignment is the paragraph’s', () => {
    const editor = editorForTest('<div data-fact-box data-title="T"><ol><li><p>một</p><ul><li><p class="text-align-center">hai</p></li></ul></li></ol></div>');
    editor.commands.setTextSelection(positionOf(editor, 'hai'));
    expect(toolbarState(editor)).toMatchObject({ factBox: true, bulletList: true, orderedList: false, align: 'center', heading: 0, table: false });
    editor.commands.setTextSelection(positionOf(editor, 'một'));
    expect(toolbarState(editor)).toMatchObject({ orderedList: true, bulletList: false, align: 'left' });
  });

  it('knows whether there is anything to undo or redo', () => {
    const editor = editorForTest('<p>x</p>');
    expect(toolbarState(editor)).toMatchObject({ canUndo: false, canRedo: false });
    editor.commands.insertContent('y');
    expect(toolbarState(editor).canUndo).toBe(true);
    editor.commands.undo();
    expect(toolbarState(editor)).toMatchObject({ canUndo: false, canRedo: true });
  });
});
