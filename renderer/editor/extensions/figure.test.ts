import { Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyDoc } from '../../../shared/domain/articleBody.ts';
import { Figure, figureCaptionText } from './figure.ts';

const HASH = 'a'.repeat(64);
const editors: Editor[] = [];

function editorWith(content: BodyDoc | string): Editor {
  const editor = new Editor({ extensions: [StarterKit, Figure], content, injectCSS: false });
  editors.push(editor);
  return editor;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('figure node', () => {
  it('inserts a photo block after the text without replacing a selection', () => {
    const editor = editorWith({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị' }] }] });
    editor.commands.selectAll();
    expect(editor.commands.insertFigure({ media: HASH, caption: 'Quang cảnh', credit: 'Ảnh: Minh Đức' })).toBe(true);
    const json = editor.getJSON() as BodyDoc;
    expect(json.content[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị' }] });
    expect(json.content.find((node) => node.type === 'figure')?.attrs).toEqual({
      media: HASH, src: null, alt: '', caption: 'Quang cảnh', credit: 'Ảnh: Minh Đức', remoteId: null,
    });
  });

  it('renders the local copy from media/<hash> beside the page, with caption and credit', () => {
    const editor = editorWith({
      type: 'doc',
      content: [{ type: 'figure', attrs: { media: HASH, src: null, alt: 'Đại biểu', caption: 'Quang cảnh', credit: 'Ảnh: TL', remoteId: null } }],
    });
    const figure = editor.view.dom.querySelector('figure.article-figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(new URL(`media/${HASH}`, document.baseURI).href);
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('Đại biểu');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Quang cảnh — Ảnh: TL');
  });

  it('shows an image known only by its URL on the site, and no empty caption', () => {
    const editor = editorWith({
      type: 'doc',
      content: [{ type: 'figure', attrs: { media: null, src: 'https://baoquangtri.vn/anh.jpg', alt: '', caption: '', credit: '', remoteId: 7 } }],
    });
    const figure = editor.view.dom.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('https://baoquangtri.vn/anh.jpg');
    expect(figure?.querySelector('figcaption')).toBeNull();
  });

  it('survives a copy as HTML and back (the clipboard path)', () => {
    const source = editorWith({
      type: 'doc',
      content: [{ type: 'figure', attrs: { media: HASH, src: null, alt: 'A', caption: 'Chú thích', credit: 'Ảnh: B', remoteId: 12 } }],
    });
    const copy = editorWith(source.getHTML());
    expect((copy.getJSON() as BodyDoc).content[0]).toEqual((source.getJSON() as BodyDoc).content[0]);
  });

  it('keeps a pasted web figure by URL and drops figures with nothing it may show', () => {
    const editor = editorWith(
      '<figure><img src="https://example.vn/a.jpg" alt="x"><figcaption>Chú thích</figcaption></figure>' +
        '<figure><img src="javascript:alert(1)"></figure><figure><img src="data:image/png;base64,AAAA"></figure>',
    );
    const figures = (editor.getJSON() as BodyDoc).content.filter((node) => node.type === 'figure');
    expect(figures.map((node) => node.attrs)).toEqual([
      { media: null, src: 'https://example.vn/a.jpg', alt: 'x', caption: 'Chú thích', credit: '', remoteId: null },
    ]);
  });

  it('joins caption and credit only when both are there', () => {
    expect(figureCaptionText({ caption: ' A ', credit: '' })).toBe('A');
    expect(figureCaptionText({ caption: '', credit: 'Ảnh: B' })).toBe('Ảnh: B');
  });
});
