import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

describe('superscript', () => {
  it('marks the selection as <sup>, from the command and from Mod-.', () => {
    const editor = editorForTest('<p>m2</p>');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    expect(editor.commands.toggleSuperscript()).toBe(true);
    expect(editor.view.dom.querySelector('sup')?.textContent).toBe('2');
    expect(storedBody(editor).content[0]?.content).toEqual([{ type: 'text', text: 'm' }, { type: 'text', text: '2', marks: [{ type: 'superscript' }] }]);
    expect(editor.commands.keyboardShortcut('Mod-.')).toBe(true);
    expect(editor.view.dom.querySelector('sup')).toBeNull();
  });

  it('replaces subscript on the same text rather than stacking both', () => {
    const editor = editorForTest('<p>x<sub>2</sub></p>');
    editor.commands.setTextSelection({ from: 2, to: 3 });
    editor.commands.toggleSuperscript();
    expect(storedBody(editor).content[0]?.content?.[1]?.marks).toEqual([{ type: 'superscript' }]);
  });

  it('reads the vertical-align spans Google Docs and Word paste', () => {
    const body = storedBody(editorForTest('<p>a<span style="vertical-align: super">b</span></p>'));
    expect(body.content[0]?.content?.[1]).toEqual({ type: 'text', text: 'b', marks: [{ type: 'superscript' }] });
  });
});
