import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, pasteHtml, storedBody, typeText } from './editorForTest.ts';
import { linkHrefFromInput } from './link.ts';

afterEach(destroyTestEditors);

const linkOf = (editor: ReturnType<typeof editorForTest>) =>
  storedBody(editor).content.flatMap((node) => node.content ?? []).flatMap((node) => node.marks ?? []).find((mark) => mark.type === 'link');

describe('what the link box accepts', () => {
  it.each([
    ['https://baoquangtri.vn/tin?a=1', 'https://baoquangtri.vn/tin?a=1'],
    [' http://x.vn ', 'http://x.vn'],
    ['mailto:toasoan@baoquangtri.vn', 'mailto:toasoan@baoquangtri.vn'],
    ['baoquangtri.vn/thoi-su', 'https://baoquangtri.vn/thoi-su'],
    ['quảngtrị.vn', 'https://quảngtrị.vn'],
    ['toasoan@baoquangtri.vn', 'mailto:toasoan@baoquangtri.vn'],
  ])('%j becomes %j', (input, href) => {
    expect(linkHrefFromInput(input)).toBe(href);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x', '/noi-bo', 'chỉ là chữ', '', 'ftp://x.vn'])(
    'refuses %j',
    (input) => {
      expect(linkHrefFromInput(input)).toBeUndefined();
    },
  );
});

describe('link', () => {
  it('sets an http link on the selection and refuses javascript:', () => {
    const editor = editorForTest('<p>Xem bài gốc</p>');
    editor.commands.setTextSelection({ from: 5, to: 12 });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(linkOf(editor)).toBeUndefined();
    expect(editor.commands.setLink({ href: 'https://baoquangtri.vn' })).toBe(true);
    expect(linkOf(editor)?.attrs?.href).toBe('https://baoquangtri.vn');
  });

  it('drops unsafe links from pasted HTML and keeps their text', () => {
    const editor = editorForTest('<p></p>');
    pasteHtml(editor, '<p><a href="javascript:alert(1)">bấm</a> <a href="/noi-bo">nội bộ</a> <a href="data:text/html,x">dữ liệu</a> <a href="https://a.vn">được</a></p>');
    const body = storedBody(editor);
    expect(body.content[0]?.content?.map((node) => [node.text, node.marks?.map((mark) => mark.attrs?.href)])).toEqual([
      ['bấm nội bộ dữ liệu ', undefined],
      ['được', ['https://a.vn']],
    ]);
  });

  it('removes an unsafe link however it got in (inserted JSON)', () => {
    const editor = editorForTest('<p>x</p>');
    editor.commands.insertContent({ type: 'text', text: 'độc', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] });
    expect(linkOf(editor)).toBeUndefined();
    expect(editor.getText()).toContain('độc');
  });

  it('links a typed web address, with https when it had no scheme', () => {
    const editor = editorForTest('<p></p>');
    editor.commands.focus('end');
    typeText(editor, 'Xem baoquangtri.vn ');
    expect(linkOf(editor)?.attrs?.href).toBe('https://baoquangtri.vn');
  });
});
