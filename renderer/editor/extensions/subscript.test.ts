import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

describe('subscript', () => {
  it('marks the selection as <sub>, from the command and from Mod-,', () => {
    const editor = editorForTest('<p>m2</p>');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    expect(editor.commands.toggleSubscript()).toBe(true);
    expect(editor.view.dom.querySelector('sub')?.textContent).toBe('2');
    expect(storedBody(editor).content[0]?.content).toEqual([{ type: 'text', text: 'm' }, { type: 'text', text: '2', marks: [{ type: 'subscript' }] }]);
    expect(editor.commands.keyboardShortcut('Mod-,')).toBe(true);
    expect(editor.view.dom.querySelector('sub')).toBeNull();
  });

  it('replaces superscript on the same text rather than stacking both', () => {
    const editor = editorForTest('<p>x<sup>2</sup></p>');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    editor.commands.toggleSubscript();
    expect(storedBody(editor).content[0]?.content?.[1]?.marks).toEqual([{ type: 'subscript' }]);
  });

  it('reads the vertical-align spans Google Docs and Word paste', () => {
    const body = storedBody(editorForTest('<p>a<span style="vertical-align: sub">b</span></p>'));
    expect(body.content[0]?.content?.[1]).toEqual({ type: 'text', text: 'b', marks: [{ type: 'subscript' }] });
  });
});
