import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

describe('text alignment', () => {
  it('aligns paragraphs with a class, never a style attribute (the CSP refuses those)', () => {
    const editor = editorForTest('<p>Nguyễn Văn A</p>');
    expect(editor.commands.setTextAlign('right')).toBe(true);
    const paragraph = editor.view.dom.querySelector('p');
    expect(paragraph?.className).toBe('text-align-right');
    expect(paragraph?.hasAttribute('style')).toBe(false);
    expect(storedBody(editor).content[0]?.attrs).toEqual({ textAlign: 'right' });
    expect(editor.commands.unsetTextAlign()).toBe(true);
    expect(storedBody(editor).content[0]?.attrs).toBeUndefined();
    expect(editor.commands.keyboardShortcut('Mod-Shift-e')).toBe(true);
    expect(storedBody(editor).content[0]?.attrs).toEqual({ textAlign: 'center' });
  });

  it('refuses an alignment the site has no class for', () => {
    const editor = editorForTest('<p>x</p>');
    expect(editor.commands.setTextAlign('middle' as 'center')).toBe(false);
  });

  it('reads alignment from Word and Docs styles, the block editor class and align=, left as the default', () => {
    const body = storedBody(
      editorForTest(
        '<p style="text-align: justify">a</p><p class="has-text-align-center">b</p><p align="right">c</p><p style="text-align:left">d</p><p class="text-align-right">e</p>',
      ),
    );
    expect(body.content.map((node) => node.attrs?.textAlign)).toEqual(['justify', 'center', 'right', undefined, 'right']);
  });

  it('does not align headings (the site aligns paragraphs only)', () => {
    const editor = editorForTest('<h2 style="text-align:center">Đề mục</h2>');
    editor.commands.setTextAlign('center');
    expect(storedBody(editor).content[0]).toEqual({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Đề mục' }] });
  });
});
