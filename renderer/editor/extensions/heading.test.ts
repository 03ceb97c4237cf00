import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody, typeText } from './editorForTest.ts';

afterEach(destroyTestEditors);

const headings = (html: string) => storedBody(editorForTest(html)).content.map((node) => [node.type, node.attrs?.level]);

describe('heading', () => {
  it('makes H2, H3 and H4 and toggles back to a paragraph', () => {
    const editor = editorForTest('<p>Tin trong tỉnh</p>');
    for (const level of [2, 3, 4] as const) {
      expect(editor.commands.toggleHeading({ level })).toBe(true);
      expect(editor.view.dom.querySelector(`h${level}`)?.textContent).toBe('Tin trong tỉnh');
      expect(storedBody(editor).content[0]).toEqual({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: 'Tin trong tỉnh' }] });
    }
    editor.commands.toggleHeading({ level: 4 });
    expect(storedBody(editor).content[0]?.type).toBe('paragraph');
  });

  it('refuses H1 (the title) and H5–H6', () => {
    const editor = editorForTest('<p>x</p>');
    expect(editor.commands.setHeading({ level: 1 })).toBe(false);
    expect(editor.commands.toggleHeading({ level: 5 })).toBe(false);
    expect(storedBody(editor).content[0]?.type).toBe('paragraph');
  });

  it('reads pasted H1 as H2 and H5, H6 as H4, keeping them headings', () => {
    expect(headings('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>')).toEqual([
      ['heading', 2], ['heading', 2], ['heading', 3], ['heading', 4], ['heading', 4], ['heading', 4],
    ]);
  });

  it('starts a heading from ## at the start of a line, and from the keyboard', () => {
    const editor = editorForTest('<p></p>');
    editor.commands.focus('end');
    typeText(editor, '### ');
    expect(storedBody(editor).content[0]).toEqual({ type: 'heading', attrs: { level: 3 } });
    typeText(editor, 'Bối cảnh');
    expect(editor.view.dom.querySelector('h3')?.textContent).toBe('Bối cảnh');
    editor.commands.setParagraph();
    expect(editor.commands.keyboardShortcut('Mod-Alt-2')).toBe(true);
    expect(storedBody(editor).content[0]?.attrs).toEqual({ level: 2 });
  });

  it('tells the shortcut help which levels exist', () => {
    const heading = editorForTest().extensionManager.extensions.find((extension) => extension.name === 'heading');
    expect(heading?.options.levels).toEqual([2, 3, 4]);
  });
});
