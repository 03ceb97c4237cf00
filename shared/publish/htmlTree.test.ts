import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeAttribute, escapeText } from './entities.ts';
import { parseHtmlFragment, textContent } from './htmlTree.ts';
import type { HtmlNode } from './htmlTree.ts';

/** A compact picture of a tree: `p(strong("a") "b")`. */
function shape(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return JSON.stringify(node.text);
      if (node.kind === 'comment') return `<!--${node.data}-->`;
      const attrs = [...node.attrs].map(([key, value]) => ` ${key}=${JSON.stringify(value)}`).join('');
      return `${node.name}${attrs}(${shape(node.children)})`;
    })
    .join(' ');
}

describe('decodeEntities', () => {
  it('decodes the references WordPress and the classic editor write', () => {
    expect(decodeEntities('&#8220;Xin ch&agrave;o&#8221; &#8211; &#x1EA1; &hellip;&nbsp;&amp;&lt;&gt;&quot;&apos;&rsquo;')).toBe('“Xin chào” – ạ …\u00a0&<>"\'’');
  });

  it('reads C1 numeric references as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#150;&#147;x&#148;&#128;')).toBe('–“x”€');
  });

  it('replaces impossible code points and leaves unknown names as written', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&bogus;&;& x')).toBe('\uFFFD\uFFFD\uFFFD&bogus;&;& x');
  });

  it('accepts legacy names without semicolon in text, not before = in attributes', () => {
    expect(decodeEntities('a &amp b &copy 2026')).toBe('a & b © 2026');
    expect(decodeEntities('?id=1&copy=2&amp;x=3', true)).toBe('?id=1&copy=2&x=3');
  });

  it('escapes for text and attributes', () => {
    expect(escapeText('a & <b> "c"')).toBe('a &amp; &lt;b&gt; "c"');
    expect(escapeAttribute('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

describe('parseHtmlFragment', () => {
  it('reads attributes double-, single- and un-quoted, bare, duplicated, any case', () => {
    const html = `<IMG SRC=/a.jpg alt='Ảnh "đẹp"' data-x="1 &amp; 2" hidden class="a" class="b">`;
    expect(shape(parseHtmlFragment(html))).toBe('img src="/a.jpg" alt="Ảnh \\"đẹp\\"" data-x="1 & 2" hidden="" class="a"()');
  });

  it('knows void elements and self-closing syntax', () => {
    expect(shape(parseHtmlFragment('<p>a<br>b<br/>c<hr/>d</p>'))).toBe('p("a" br() "b" br() "c") hr() "d"');
  });

  it('closes paragraphs, list items, cells and rows implicitly', () => {
    expect(shape(parseHtmlFragment('<p>một<p>hai<ul><li>a<li>b</ul>'))).toBe('p("một") p("hai") ul(li("a") li("b"))');
    expect(shape(parseHtmlFragment('<table><tr><th>a<td>b<tr><td>c</table>'))).toBe('table(tr(th("a") td("b")) tr(td("c")))');
  });

  it('ignores end tags that close nothing and closes what is left open', () => {
    expect(shape(parseHtmlFragment('</div><p><strong>a</em>b</p>c</span>'))).toBe('p(strong("ab")) "c"');
  });

  it('keeps comments (block delimiters are comments) and skips doctype and CDATA', () => {
    expect(shape(parseHtmlFragment('<!DOCTYPE html><!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --><![CDATA[y]]><!---->'))).toBe(
      '<!-- wp:paragraph --> p("x") <!-- /wp:paragraph --> <!---->',
    );
  });

  it('treats a lone less-than sign as text', () => {
    expect(textContent(parseHtmlFragment('1 < 2 <3 a<b'))).toBe('1 < 2 <3 a<b');
  });

  it('does not read markup inside script and style', () => {
    expect(shape(parseHtmlFragment('<script>if (a<b) {"</p>"}</script><p>x</p>'))).toBe('script("if (a<b) {\\"</p>\\"}") p("x")');
  });

  it('keeps an unterminated tag at the end as text', () => {
    expect(textContent(parseHtmlFragment('Giá <b class="x'))).toBe('Giá <b class="x');
  });
});
