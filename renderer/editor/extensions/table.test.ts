import { afterEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/domain/articleBody.ts';
import { destroyTestEditors, editorForTest, pasteHtml, pressKey, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

const cellTexts = (table: DocNode | undefined) =>
  (table?.content ?? []).map((row) => (row.content ?? []).map((cell) => `${cell.type === 'tableHeader' ? '#' : ''}${(cell.content?.[0]?.content ?? []).map((node) => node.text ?? '/').join('')}`));

describe('table', () => {
  it('inserts a 3×3 table with a header row after the paragraph, cursor in the first cell', () => {
    const editor = editorForTest('<p>Kết quả:</p>');
    editor.commands.setTextSelection(3);
    expect(editor.commands.insertTable()).toBe(true);
    editor.commands.insertContent('Tỉnh');
    const table = storedBody(editor).content[1];
    expect(cellTexts(table)).toEqual([['#Tỉnh', '#', '#'], ['', '', ''], ['', '', '']]);
    expect(table?.content?.[0]?.content?.[0]?.attrs).toEqual({ colspan: 1, rowspan: 1 });
    expect(editor.view.dom.querySelector('table.body-table th')?.textContent).toBe('Tỉnh');
  });

  it('adds and removes rows and columns, and the whole table', () => {
    const editor = editorForTest('<p></p>');
    editor.commands.insertTable({ rows: 2, cols: 2 });
    expect(editor.commands.addRowAfter()).toBe(true);
    expect(editor.commands.addColumnAfter()).toBe(true);
    expect(cellTexts(storedBody(editor).content[1])).toEqual([['#', '#', '#'], ['', '', ''], ['', '', '']]);
    // The cursor is still in the first header cell.
    editor.commands.deleteColumn();
    editor.commands.deleteRow();
    expect(cellTexts(storedBody(editor).content[1])).toEqual([['', ''], ['', '']]);
    expect(editor.commands.deleteTable()).toBe(true);
    expect(storedBody(editor).content.some((node) => node.type === 'table')).toBe(false);
  });

  it('moves between cells with Tab and lets Tab leave from the last one', () => {
    const editor = editorForTest('<p></p>');
    editor.commands.insertTable({ rows: 1, cols: 2, withHeaderRow: false });
    expect(pressKey(editor, 'Tab')).toBe(true);
    editor.commands.insertContent('B');
    expect(pressKey(editor, 'Tab')).toBe(false);
    expect(pressKey(editor, 'Tab', { shiftKey: true })).toBe(true);
    editor.commands.insertContent('A');
    expect(cellTexts(storedBody(editor).content[1])).toEqual([['A', 'B']]);
  });

  it('makes Enter a line break inside a cell (a cell is one paragraph)', () => {
    const editor = editorForTest('<p></p>');
    editor.commands.insertTable({ rows: 1, cols: 1, withHeaderRow: false });
    editor.commands.insertContent('a');
    expect(pressKey(editor, 'Enter')).toBe(true);
    editor.commands.insertContent('b');
    expect(cellTexts(storedBody(editor).content[1])).toEqual([['a/b']]);
  });

  it('keeps a pasted table rectangular: spans dropped and padded, a cell’s paragraphs become lines', () => {
    const editor = editorForTest('<p></p>');
    pasteHtml(editor, '<table><tr><th colspan="2" style="width:200px">Gộp</th></tr><tr><td><p>Một</p><p>Hai</p></td><td><ul><li>x</li><li>y</li></ul></td></tr></table>');
    const table = storedBody(editor).content.find((node) => node.type === 'table');
    // prosemirror-tables pads a header row at its start.
    expect(cellTexts(table)).toEqual([['#', '#Gộp'], ['Một/Hai', 'x/y']]);
    expect(JSON.stringify(table)).not.toContain('colwidth');
  });
});
