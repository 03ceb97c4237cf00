import { afterEach, describe, expect, it } from 'vitest';
import { destroyTestEditors, editorForTest, storedBody } from './editorForTest.ts';

afterEach(destroyTestEditors);

describe('pull quote', () => {
  it('turns a paragraph into a pull quote and back', () => {
    const editor = editorForTest('<p>Không ai bị bỏ lại phía sau</p>');
    expect(editor.commands.togglePullQuote()).toBe(true);
    expect(editor.view.dom.querySelector('blockquote.pull-quote')?.textContent).toBe('Không ai bị bỏ lại phía sau');
    expect(storedBody(editor).content[0]).toEqual({ type: 'pullQuote', content: [{ type: 'text', text: 'Không ai bị bỏ lại phía sau' }] });
    editor.commands.togglePullQuote();
    expect(storedBody(editor).content[0]?.type).toBe('paragraph');
  });

  it('keeps the person quoted as an attribute, shown from data-citation', () => {
    const editor = editorForTest('<p>Câu nói</p>');
    editor.commands.togglePullQuote();
    expect(editor.commands.setPullQuoteCitation('Bộ trưởng\nNguyễn Văn A ')).toBe(true);
    expect(editor.view.dom.querySelector('blockquote')?.getAttribute('data-citation')).toBe('Bộ trưởng Nguyễn Văn A ');
    editor.commands.setPullQuoteCitation('  ');
    expect(storedBody(editor).content[0]?.attrs).toBeUndefined();
  });

  it('is not available outside a pull quote for the citation', () => {
    expect(editorForTest('<p>x</p>').commands.setPullQuoteCitation('A')).toBe(false);
  });

  it('reads WordPress’s pull quote, every paragraph kept as a line, the cite as the citation', () => {
    const editor = editorForTest(
      '<figure class="wp-block-pullquote"><blockquote><p>Một</p><p><strong>Hai</strong></p><cite>Tác giả</cite></blockquote></figure><blockquote><p>Trích dẫn thường</p></blockquote>',
    );
    const [pull, quote] = storedBody(editor).content;
    expect(pull).toEqual({
      type: 'pullQuote',
      attrs: { citation: 'Tác giả' },
      content: [{ type: 'text', text: 'Một' }, { type: 'hardBreak' }, { type: 'text', text: 'Hai', marks: [{ type: 'bold' }] }],
    });
    expect(quote?.type).toBe('blockquote');
  });

  it('survives a copy as HTML and back', () => {
    const source = editorForTest('<p>Câu</p>');
    source.commands.togglePullQuote();
    source.commands.setPullQuoteCitation('A');
    expect(storedBody(editorForTest(source.getHTML()))).toEqual(storedBody(source));
  });
});
