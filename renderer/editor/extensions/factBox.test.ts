import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, positionOf, pressKey, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('fact box', () => {
  it('boxes the selected paragraphs, takes a title, and unboxes them again', () => {
    const editor = editorForTest('<p>12 xã bị cô lập</p><p>3 người bị thương</p><p>Sau</p>');
    editor.commands.setTextSelection({ from: 2, to: 20 });
    expect(editor.commands.toggleFactBox()).toBe(true);
    expect(editor.commands.setFactBoxTitle('Những  con số')).toBe(true);
    const box = editor.view.dom.querySelector('div.fact-box');
    expect(box?.getAttribute('data-title')).toBe('Những con số');
    expect(box?.querySelectorAll('p')).toHaveLength(2);
    expect(storedBody(editor).content).toEqual([
      { type: 'factBox', attrs: { title: 'Những con số' }, content: [p('12 xã bị cô lập'), p('3 người bị thương')] },
      p('Sau'),
    ]);
    editor.commands.toggleFactBox();
    expect(storedBody(editor).content.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('boxes a whole list from inside it, and adds a new box after a heading rather than around it', () => {
    const editor = editorForTest('<h2>Bối cảnh</h2><ul><li><p>một</p></li><li><p>hai</p></li></ul><p>Sau</p>');
    editor.commands.setTextSelection(2);
    expect(editor.commands.toggleFactBox()).toBe(true);
    expect(storedBody(editor).content.map((node) => node.type)).toEqual(['heading', 'factBox', 'bulletList', 'paragraph']);
    editor.commands.setTextSelection(positionOf(editor, 'hai'));
    expect(editor.state.selection.$from.parent.textContent).toBe('hai');
    expect(editor.commands.toggleFactBox()).toBe(true);
    const box = storedBody(editor).content[2];
    expect(box?.type).toBe('factBox');
    expect(box?.content?.map((node) => node.type)).toEqual(['bulletList']);
    expect(box?.content?.[0]?.content).toHaveLength(2);
  });

  it('is left by Enter on an empty last line, like a quote', () => {
    const editor = editorForTest({ type: 'doc', content: [{ type: 'factBox', attrs: { title: 'T' }, content: [p('Một')] }] });
    editor.commands.setTextSelection(5);
    pressKey(editor, 'Enter');
    pressKey(editor, 'Enter');
    const [box] = storedBody(editor).content;
    expect(box).toEqual({ type: 'factBox', attrs: { title: 'T' }, content: [p('Một')] });
    expect(editor.state.selection.$from.depth).toBe(1);
  });

  it('reads the fact box of a post copied off the site: its heading is the title', () => {
    const editor = editorForTest('<aside class="wp-block-group toasoan-factbox"><h3>Tóm tắt</h3><p>Một</p><ol><li>Hai</li></ol></aside>');
    const [box] = storedBody(editor).content;
    expect(box?.attrs).toEqual({ title: 'Tóm tắt' });
    expect(box?.content?.map((node) => node.type)).toEqual(['paragraph', 'orderedList']);
  });

  it('survives a copy as HTML and back', () => {
    const source = editorForTest({ type: 'doc', content: [{ type: 'factBox', attrs: { title: 'Số liệu' }, content: [p('a')] }] });
    expect(storedBody(editorForTest(source.getHTML()))).toEqual(storedBody(source));
  });
});
