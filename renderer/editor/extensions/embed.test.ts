import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';
import { embeddableUrl } from './embed.ts';

afterEach(destroyTestEditors);

const YT = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('embed', () => {
  it('adds a YouTube, Facebook or TikTok post after the paragraph, as a card with no iframe', () => {
    const editor = editorForTest('<p>Xem video:</p>');
    editor.commands.setTextSelection(4);
    expect(editor.commands.insertEmbed(` ${YT} `)).toBe(true);
    expect(storedBody(editor).content.slice(0, 2)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Xem video:' }] },
      { type: 'embed', attrs: { url: YT, provider: 'youtube' } },
    ]);
    const card = editor.view.dom.querySelector('.embed-card');
    expect(card?.classList.contains('embed-card-youtube')).toBe(true);
    expect(card?.textContent).toBe(`YouTube${YT}`);
    expect(card?.getAttribute('contenteditable')).toBe('false');
    expect(editor.view.dom.querySelector('iframe')).toBeNull();
  });

  it.each(['https://vimeo.com/1', 'javascript:alert(1)', 'youtube.com/watch?v=1', 'https://www.youtube.com/watch?v=a b'])('refuses %j', (url) => {
    const editor = editorForTest('<p>x</p>');
    expect(editor.commands.insertEmbed(url)).toBe(false);
    expect(embeddableUrl(url)).toBeUndefined();
    expect(storedBody(editor).content).toHaveLength(1);
  });

  it('reads a pasted YouTube player as the video it plays, and drops other iframes', () => {
    const editor = editorForTest('<p>a</p><iframe src="https://www.youtube.com/embed/abc_12"></iframe><iframe src="https://evil.example/x"></iframe>');
    expect(storedBody(editor).content.filter((node) => node.type === 'embed')).toEqual([{ type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abc_12', provider: 'youtube' } }]);
    expect(editor.view.dom.querySelector('iframe')).toBeNull();
  });

  it('reads WordPress’s embed block and its own card', () => {
    const wordpress = editorForTest('<figure class="wp-block-embed is-provider-tiktok"><div class="wp-block-embed__wrapper">\nhttps://www.tiktok.com/@a/video/1\n</div></figure>');
    expect(storedBody(wordpress).content[0]).toEqual({ type: 'embed', attrs: { url: 'https://www.tiktok.com/@a/video/1', provider: 'tiktok' } });
    const copy = editorForTest(wordpress.getHTML());
    expect(storedBody(copy).content[0]).toEqual(storedBody(wordpress).content[0]);
  });
});
