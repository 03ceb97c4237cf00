import { describe, expect, it } from 'vitest';
import { bodyDocSchema, docToPlainText } from '../domain/articleBody.ts';
import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { parsePublishHtml } from './index.ts';

const text = (value: string, ...marks: DocMark[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: DocNode[]): DocNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const doc = (...content: DocNode[]): BodyDoc => ({ type: 'doc', content });
const br: DocNode = { type: 'hardBreak' };
const para = (inner: string) => `<!-- wp:paragraph -->\n<p>${inner}</p>\n<!-- /wp:paragraph -->`;

describe('what WordPress itself writes', () => {
  it('decodes WordPress curly-quote and dash references', () => {
    const parsed = parsePublishHtml(para('&#8220;Đổi mới&#8221; &#8211; không ngừng&#8230; it&#8217;s'));
    expect(parsed.doc).toEqual(doc(p(text('“Đổi mới” – không ngừng… it’s'))));
  });

  it('normalises NFD content to NFC, including text built from references', () => {
    const nfd = 'Nghệ An, Hà Tĩnh'.normalize('NFD');
    expect(parsePublishHtml(para(`${nfd} a&#769;`)).doc).toEqual(doc(p(text('Nghệ An, Hà Tĩnh á'))));
  });

  it('reads WordPress 6.2+ markup (class on headings and lists) as the same nodes', () => {
    const html =
      '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Tiêu đề</h3>\n<!-- /wp:heading -->\n\n' +
      '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>một</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->';
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(doc({ type: 'heading', attrs: { level: 3 }, content: [text('Tiêu đề')] }, { type: 'bulletList', content: [li(p(text('một')))] }));
    expect(parsed.warnings).toEqual([]);
  });

  it('reads list v1 (before WordPress 6.1): plain <li>s and nested <ul>s', () => {
    const html = '<!-- wp:list {"ordered":true,"start":2} -->\n<ol start="2"><li>hai</li><li>ba<ul><li>ba chấm một</li></ul></li></ol>\n<!-- /wp:list -->';
    expect(parsePublishHtml(html).doc).toEqual(
      doc({ type: 'orderedList', attrs: { start: 2 }, content: [li(p(text('hai'))), li(p(text('ba')), { type: 'bulletList', content: [li(p(text('ba chấm một')))] })] }),
    );
  });

  it('reads quote v1 and keeps its citation as a paragraph', () => {
    const parsed = parsePublishHtml('<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>Câu nói.</p><cite>Hồ Chí Minh</cite></blockquote>\n<!-- /wp:quote -->');
    expect(parsed.doc).toEqual(doc({ type: 'blockquote', content: [p(text('Câu nói.')), p(text('Hồ Chí Minh'))] }));
    expect(parsed.warnings).toEqual(['extraTextAsParagraph']);
  });

  it('reads an image the site editor inserted: aligned, linked to its file, with a caption', () => {
    const html =
      '<!-- wp:image {"align":"center","id":44,"sizeSlug":"full","linkDestination":"media"} -->\n' +
      '<figure class="wp-block-image aligncenter size-full"><a href="https://s.vn/a.jpg"><img src="https://s.vn/a.jpg" alt="" class="wp-image-44"/></a>' +
      '<figcaption class="wp-element-caption">Lễ <strong>khai mạc</strong></figcaption></figure>\n<!-- /wp:image -->';
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(doc({ type: 'figure', attrs: { media: null, src: 'https://s.vn/a.jpg', alt: '', caption: 'Lễ khai mạc', credit: '', remoteId: 44 } }));
    expect(parsed.warnings).toEqual(['imageLinkDropped']);
  });

  it('decodes an embed URL that kses entity-encoded in the block attributes', () => {
    const html = '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=a\\u0026amp;t=5","type":"video","providerNameSlug":"youtube"} /-->';
    expect(parsePublishHtml(html).doc).toEqual(doc({ type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=a&t=5', provider: 'youtube' } }));
  });

  it('reads WordPress 5.x embed blocks (core-embed/<provider>)', () => {
    const html = '<!-- wp:core-embed/youtube {"url":"https://youtu.be/x","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed-youtube wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/x\n</div></figure>\n<!-- /wp:core-embed/youtube -->';
    expect(parsePublishHtml(html).doc).toEqual(doc({ type: 'embed', attrs: { url: 'https://youtu.be/x', provider: 'youtube' } }));
  });

  it('reads an older pull quote with several paragraphs', () => {
    const html = '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Một</p><p>Hai</p><cite>Tác giả</cite></blockquote></figure>\n<!-- /wp:pullquote -->';
    expect(parsePublishHtml(html).doc).toEqual(doc({ type: 'pullQuote', attrs: { citation: 'Tác giả' }, content: [text('Một'), br, text('Hai')] }));
  });

  it('joins a table caption and warns about merged cells', () => {
    const html = '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td colspan="2">Gộp</td></tr></tbody></table><figcaption>Nguồn: GSO</figcaption></figure>\n<!-- /wp:table -->';
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(doc({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('Gộp'))] }] }] }, p(text('Nguồn: GSO'))));
    expect(parsed.warnings).toEqual(['tableSpanDropped', 'extraTextAsParagraph']);
  });
});

describe('unknown content keeps its text', () => {
  it('opens up unknown blocks (columns) and keeps their inner blocks', () => {
    const html =
      '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n<div class="wp-block-column">' +
      para('Cột một') +
      '</div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(doc(p(text('Cột một'))));
    expect(parsed.warnings).toEqual(['unknownBlock:columns', 'unknownElement:div', 'unknownBlock:column']);
  });

  it('keeps the text of unknown elements and of a custom HTML block, drops scripts', () => {
    const html = '<!-- wp:html -->\n<marquee>Chạy chữ</marquee><script>alert(1)</script><div><span class="x">Hộp</span> <abbr>UBND</abbr></div>\n<!-- /wp:html -->';
    const parsed = parsePublishHtml(html);
    expect(docToPlainText(parsed.doc)).toBe('Chạy chữ\n\nHộp UBND');
    expect(parsed.warnings).toEqual(['blockConverted:html', 'unknownElement:marquee', 'droppedElement:script', 'unknownElement:div', 'unknownElement:abbr']);
  });

  it('reads preformatted text as a code block', () => {
    const parsed = parsePublishHtml('<!-- wp:preformatted -->\n<pre class="wp-block-preformatted">dòng 1<br>dòng 2</pre>\n<!-- /wp:preformatted -->');
    expect(parsed.doc).toEqual(doc({ type: 'codeBlock', content: [text('dòng 1\ndòng 2')] }));
    expect(parsed.warnings).toEqual(['blockConverted:preformatted']);
  });

  it('survives broken markup without losing words', () => {
    const html = '<p>một<p>hai <b>ba<p>bốn</b> năm</div></span><ul><li>sáu<li>bảy</ul><!-- wp:paragraph -->\n<p>tám';
    const words = docToPlainText(parsePublishHtml(html).doc).split(/\s+/).filter((word) => word !== '');
    expect(words).toEqual(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám']);
  });

  it('is not fooled by tag names that are Object.prototype keys', () => {
    const parsed = parsePublishHtml(para('<constructor>a</constructor><__proto__>b</__proto__><tostring>c</tostring>'));
    // `<__proto__>` is not a tag at all in HTML (a tag name starts with a letter): it is text.
    expect(parsed.doc).toEqual(doc(p(text('a<__proto__>b</__proto__>c'))));
    expect(parsed.warnings).toEqual(['unknownElement:constructor', 'unknownElement:tostring']);
  });

  it('reads absurd nesting without exhausting the stack, as a document the schema accepts', () => {
    const deep = (open: string, close: string, levels: number) => `${open.repeat(levels)}sâu${close.repeat(levels)}`;
    for (const html of [
      deep('<div>', '</div>', 20_000),
      deep('<blockquote>', '</blockquote>', 300),
      deep('<!-- wp:quote -->\n<blockquote class="wp-block-quote">', '</blockquote>\n<!-- /wp:quote -->', 300),
      deep('<!-- wp:group -->', '<!-- /wp:group -->', 5_000),
    ]) {
      const parsed = parsePublishHtml(html);
      expect(docToPlainText(parsed.doc)).toBe('sâu');
      expect(bodyDocSchema.safeParse(parsed.doc).success).toBe(true);
    }
  });

  it('gives an empty document for empty content', () => {
    expect(parsePublishHtml('')).toEqual({ doc: doc(p()), warnings: [] });
    expect(parsePublishHtml('\n\n  \n')).toEqual({ doc: doc(p()), warnings: [] });
  });
});

describe('classic editor content', () => {
  it('reads bare text the way wpautop renders it: blank line = paragraph, newline = line break', () => {
    const html = 'Đoạn một dòng một\ndòng hai\n\nĐoạn <b>hai</b> &amp; <i>ba</i>\n\n\n<h2>Tiêu đề</h2>\nĐoạn bốn';
    expect(parsePublishHtml(html).doc).toEqual(
      doc(
        p(text('Đoạn một dòng một'), br, text('dòng hai')),
        p(text('Đoạn '), text('hai', { type: 'bold' }), text(' & '), text('ba', { type: 'italic' })),
        { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề')] },
        p(text('Đoạn bốn')),
      ),
    );
  });

  it('reads bare <p>, lists, aligned paragraphs and TinyMCE references', () => {
    const html = '<p style="text-align: center;">Gi&agrave;u m&#7841;nh</p>\n<ul>\n  <li>M&#7897;t</li>\n  <li>Hai<br />\nba</li>\n</ul>\n<p>&nbsp;</p>';
    expect(parsePublishHtml(html).doc).toEqual(
      doc(
        { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('Giàu mạnh')] },
        { type: 'bulletList', content: [li(p(text('Một'))), li(p(text('Hai'), br, text('ba')))] },
        p(text('\u00a0')),
      ),
    );
  });

  it('reads images: bare, inside a paragraph (which it splits, trimmed as wpautop would), and [caption] shortcodes', () => {
    const html =
      'Trước ảnh <img class="alignnone size-medium wp-image-12" src="https://s.vn/12.jpg" alt="Mười hai" width="300" height="200" /> sau ảnh\n\n' +
      '[caption id="attachment_13" align="aligncenter" width="640"]<img class="size-full wp-image-13" src="https://s.vn/13.jpg" alt="" /> Chú thích ảnh[/caption]';
    expect(parsePublishHtml(html).doc).toEqual(
      doc(
        p(text('Trước ảnh')),
        { type: 'figure', attrs: { media: null, src: 'https://s.vn/12.jpg', alt: 'Mười hai', caption: '', credit: '', remoteId: 12 } },
        p(text('sau ảnh')),
        { type: 'figure', attrs: { media: null, src: 'https://s.vn/13.jpg', alt: '', caption: 'Chú thích ảnh', credit: '', remoteId: 13 } },
      ),
    );
  });

  it('embeds a provider URL alone on its line, and reads a YouTube iframe', () => {
    const html = 'Xem video:\n\nhttps://www.youtube.com/watch?v=abc\n\n<iframe src="https://www.youtube.com/embed/xyz" width="560"></iframe>\n\nhttps://example.com/not-embedded';
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(
      doc(
        p(text('Xem video:')),
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=abc', provider: 'youtube' } },
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=xyz', provider: 'youtube' } },
        p(text('https://example.com/not-embedded')),
      ),
    );
    expect(parsed.warnings).toEqual(['iframeAsEmbed']);
  });

  it('warns about the more tag it cannot keep', () => {
    const parsed = parsePublishHtml('Mở đầu\n<!--more-->\nPhần sau');
    expect(parsed.doc).toEqual(doc(p(text('Mở đầu')), p(text('Phần sau'))));
    expect(parsed.warnings).toEqual(['droppedBlock:more']);
  });
});

describe('byline', () => {
  const byline = (name: string) => `<!-- wp:paragraph {"align":"right","className":"toasoan-byline"} -->\n<p class="has-text-align-right toasoan-byline">${name}</p>\n<!-- /wp:paragraph -->`;

  it('is found even when an editor added content after it', () => {
    const parsed = parsePublishHtml(`${para('Thân bài')}\n\n${byline('Lê B')}\n\n${para('Ghi chú thêm')}`);
    expect(parsed.byline).toBe('Lê B');
    expect(parsed.doc).toEqual(doc(p(text('Thân bài')), p(text('Ghi chú thêm'))));
  });

  it('takes the last one when there are several and keeps the others as text', () => {
    const parsed = parsePublishHtml(`${byline('Cũ')}\n\n${byline('Mới')}`);
    expect(parsed.byline).toBe('Mới');
    expect(parsed.doc).toEqual(doc({ type: 'paragraph', attrs: { textAlign: 'right' }, content: [text('Cũ')] }));
  });

  it('is not a right-aligned paragraph without the marker class', () => {
    const parsed = parsePublishHtml('<!-- wp:paragraph {"align":"right"} -->\n<p class="has-text-align-right">Theo TTXVN</p>\n<!-- /wp:paragraph -->');
    expect(parsed.byline).toBeUndefined();
    expect(parsed.doc).toEqual(doc({ type: 'paragraph', attrs: { textAlign: 'right' }, content: [text('Theo TTXVN')] }));
  });
});
