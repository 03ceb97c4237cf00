import { describe, expect, it } from 'vitest';
import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { parsePublishHtml, renderPublishHtml } from './index.ts';

/**
 * Golden strings: what WordPress 6.1's block editor saves for the same content (the
 * save() functions in its `wp-includes/js/dist/block-library.js`, serialized as
 * `blocks.js` does). Each golden is checked both ways: render gives the string, and
 * parsing the string gives the document back.
 */

const text = (value: string, ...marks: DocMark[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: DocNode[]): DocNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const aligned = (textAlign: string, ...content: DocNode[]): DocNode => ({ type: 'paragraph', attrs: { textAlign }, content });
const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content });
const ul = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items });
const ol = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items });
const doc = (...content: DocNode[]): BodyDoc => ({ type: 'doc', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string): DocNode => ({ type, content: [value === '' ? p() : p(text(value))] });
const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells });
const figure = (attrs: Partial<Record<string, unknown>>): DocNode => ({
  type: 'figure',
  attrs: { media: null, src: null, alt: '', caption: '', credit: '', remoteId: null, ...attrs },
});

/** Every Vietnamese diacritic class: the five tones, the six modified vowels, đ, in both cases. */
const VIETNAMESE = 'Đà Nẵng: sắc á, huyền à, hỏi ả, ngã ã, nặng ạ; ă â ê ô ơ ư đ; ẮẰẲẴẶ ẤẦẨẪẬ ẾỀỂỄỆ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ỲÝỶỸỴ';

const para = (inner: string, attrs = '', cls = '') => `<!-- wp:paragraph ${attrs}-->\n<p${cls}>${inner}</p>\n<!-- /wp:paragraph -->`;
const item = (inner: string) => `<!-- wp:list-item -->\n<li>${inner}</li>\n<!-- /wp:list-item -->`;

interface Golden {
  name: string;
  doc: BodyDoc;
  html: string;
}

const YT = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42';

const GOLDENS: Golden[] = [
  { name: 'paragraph with every Vietnamese diacritic', doc: doc(p(text(VIETNAMESE))), html: para(VIETNAMESE) },
  { name: 'empty paragraph', doc: doc(p()), html: '<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->' },
  {
    name: 'ampersand, angle brackets and quotes in text',
    doc: doc(p(text('Sở GD&ĐT: 1 < 2 > 0, "trích" \'đơn\' &amp; &#8220;'))),
    html: para('Sở GD&amp;ĐT: 1 &lt; 2 &gt; 0, "trích" \'đơn\' &amp;amp; &amp;#8220;'),
  },
  { name: 'spaces and a no-break space are kept', doc: doc(p(text('  hai  khoảng\u00a0trắng '))), html: para('  hai  khoảng\u00a0trắng ') },
  { name: 'left-aligned paragraph', doc: doc(aligned('left', text('Trái'))), html: para('Trái', '{"align":"left"} ', ' class="has-text-align-left"') },
  { name: 'centred paragraph', doc: doc(aligned('center', text('Giữa'))), html: para('Giữa', '{"align":"center"} ', ' class="has-text-align-center"') },
  { name: 'right-aligned paragraph', doc: doc(aligned('right', text('Phải'))), html: para('Phải', '{"align":"right"} ', ' class="has-text-align-right"') },
  { name: 'justified paragraph', doc: doc(aligned('justify', text('Đều'))), html: para('Đều', '{"align":"justify"} ', ' class="has-text-align-justify"') },
  {
    name: 'heading level 2 (the default, no attributes)',
    doc: doc({ type: 'heading', attrs: { level: 2 }, content: [text('Tin trong nước')] }),
    html: '<!-- wp:heading -->\n<h2>Tin trong nước</h2>\n<!-- /wp:heading -->',
  },
  ...[3, 4].map((level) => ({
    name: `heading level ${level}`,
    doc: doc({ type: 'heading', attrs: { level }, content: [text(`Cấp ${level}`)] }),
    html: `<!-- wp:heading {"level":${level}} -->\n<h${level}>Cấp ${level}</h${level}>\n<!-- /wp:heading -->`,
  })),
  {
    name: 'bullet list',
    doc: doc(ul(li(p(text('Một'))), li(p(text('Hai'))))),
    html: `<!-- wp:list -->\n<ul>${item('Một')}\n\n${item('Hai')}</ul>\n<!-- /wp:list -->`,
  },
  {
    name: 'ordered list',
    doc: doc(ol(1, li(p(text('Một'))))),
    html: `<!-- wp:list {"ordered":true} -->\n<ol>${item('Một')}</ol>\n<!-- /wp:list -->`,
  },
  {
    name: 'ordered list starting at 5',
    doc: doc(ol(5, li(p(text('Năm'))))),
    html: `<!-- wp:list {"ordered":true,"start":5} -->\n<ol start="5">${item('Năm')}</ol>\n<!-- /wp:list -->`,
  },
  {
    name: 'nested lists, three levels',
    doc: doc(ol(1, li(p(text('A')), ul(li(p(text('B')), ol(1, li(p(text('C'))))))), li(p(text('D'))))),
    html:
      '<!-- wp:list {"ordered":true} -->\n<ol>' +
      item(
        'A<!-- wp:list -->\n<ul>' +
          item('B<!-- wp:list {"ordered":true} -->\n<ol>' + item('C') + '</ol>\n<!-- /wp:list -->') +
          '</ul>\n<!-- /wp:list -->',
      ) +
      '\n\n' +
      item('D') +
      '</ol>\n<!-- /wp:list -->',
  },
  {
    name: 'list item with a second paragraph (an inner block of the item)',
    doc: doc(ul(li(p(text('Dòng đầu')), p(text('Đoạn sau'))))),
    html: `<!-- wp:list -->\n<ul>${item(`Dòng đầu${para('Đoạn sau')}`)}</ul>\n<!-- /wp:list -->`,
  },
  {
    name: 'quote with two paragraphs',
    doc: doc({ type: 'blockquote', content: [p(text('Câu một.')), p(text('Câu hai.'))] }),
    html: `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${para('Câu một.')}\n\n${para('Câu hai.')}</blockquote>\n<!-- /wp:quote -->`,
  },
  {
    name: 'list inside a quote',
    doc: doc({ type: 'blockquote', content: [p(text('Gồm:')), ul(li(p(text('x'))))] }),
    html: `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${para('Gồm:')}\n\n<!-- wp:list -->\n<ul>${item('x')}</ul>\n<!-- /wp:list --></blockquote>\n<!-- /wp:quote -->`,
  },
  {
    name: 'code block: escapes, shortcode bracket, lone URL line, newlines',
    doc: doc({ type: 'codeBlock', content: [{ type: 'text', text: 'if (a < b && c) {\n  [gallery]\n}\nhttps://youtu.be/x\n' }] }),
    html: '<!-- wp:code -->\n<pre class="wp-block-code"><code>if (a &lt; b &amp;&amp; c) {\n  &#91;gallery]\n}\nhttps:&#47;&#47;youtu.be/x\n</code></pre>\n<!-- /wp:code -->',
  },
  { name: 'empty code block', doc: doc({ type: 'codeBlock' }), html: '<!-- wp:code -->\n<pre class="wp-block-code"><code></code></pre>\n<!-- /wp:code -->' },
  {
    name: 'horizontal rule',
    doc: doc({ type: 'horizontalRule' }),
    html: '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
  },
  {
    name: 'pull quote with citation',
    doc: doc({ type: 'pullQuote', attrs: { citation: 'Bộ trưởng <Y>' }, content: [text('Không ai bị bỏ lại phía sau'), { type: 'hardBreak' }, text('đó là mục tiêu')] }),
    html: '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Không ai bị bỏ lại phía sau<br>đó là mục tiêu</p><cite>Bộ trưởng &lt;Y&gt;</cite></blockquote></figure>\n<!-- /wp:pullquote -->',
  },
  {
    name: 'pull quote without citation',
    doc: doc({ type: 'pullQuote', content: [text('Trích dẫn')] }),
    html: '<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Trích dẫn</p></blockquote></figure>\n<!-- /wp:pullquote -->',
  },
  {
    name: 'figure from the site with caption and credit',
    doc: doc(figure({ src: 'https://toasoan.vn/wp-content/uploads/2026/11/cau-rong.jpg', alt: 'Cầu Rồng "phun lửa"', caption: 'Cầu Rồng về đêm', credit: 'Ảnh: Hoàng Hà', remoteId: 812 })),
    html:
      '<!-- wp:image {"id":812,"sizeSlug":"large","linkDestination":"none"} -->\n' +
      '<figure class="wp-block-image size-large"><img src="https://toasoan.vn/wp-content/uploads/2026/11/cau-rong.jpg" alt="Cầu Rồng &quot;phun lửa&quot;" class="wp-image-812"/>' +
      '<figcaption class="wp-element-caption">Cầu Rồng về đêm — <span class="toasoan-credit">Ảnh: Hoàng Hà</span></figcaption></figure>\n<!-- /wp:image -->',
  },
  {
    name: 'figure with caption only',
    doc: doc(figure({ src: 'https://toasoan.vn/a.jpg', caption: 'Chỉ chú thích', remoteId: 3 })),
    html:
      '<!-- wp:image {"id":3,"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="https://toasoan.vn/a.jpg" alt="" class="wp-image-3"/>' +
      '<figcaption class="wp-element-caption">Chỉ chú thích</figcaption></figure>\n<!-- /wp:image -->',
  },
  {
    name: 'figure with credit only',
    doc: doc(figure({ src: 'https://toasoan.vn/a.jpg', credit: 'Ảnh: TTXVN', remoteId: 3 })),
    html:
      '<!-- wp:image {"id":3,"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="https://toasoan.vn/a.jpg" alt="" class="wp-image-3"/>' +
      '<figcaption class="wp-element-caption"><span class="toasoan-credit">Ảnh: TTXVN</span></figcaption></figure>\n<!-- /wp:image -->',
  },
  {
    name: 'external image without attachment id or caption',
    doc: doc(figure({ src: 'https://cdn.example.com/x.png?w=1&h=2', alt: 'x' })),
    html: '<!-- wp:image {"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="https://cdn.example.com/x.png?w=1&amp;h=2" alt="x"/></figure>\n<!-- /wp:image -->',
  },
  {
    name: 'table with a header row',
    doc: doc({ type: 'table', content: [row(cell('tableHeader', 'Tỉnh'), cell('tableHeader', 'Số ca')), row(cell('tableCell', 'Quảng Bình'), cell('tableCell', '12'))] }),
    html:
      '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Tỉnh</th><th>Số ca</th></tr></thead>' +
      '<tbody><tr><td>Quảng Bình</td><td>12</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
  },
  {
    name: 'table without header, header cell in the body',
    doc: doc({ type: 'table', content: [row(cell('tableHeader', 'A'), cell('tableCell', '1')), row(cell('tableCell', ''), cell('tableCell', '2'))] }),
    html: '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><th>A</th><td>1</td></tr><tr><td></td><td>2</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
  },
  {
    name: 'YouTube embed',
    doc: doc({ type: 'embed', attrs: { url: YT, provider: 'youtube' } }),
    html:
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ\\u0026t=42","type":"video","providerNameSlug":"youtube","responsive":true} -->\n' +
      '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n' +
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42\n</div></figure>\n<!-- /wp:embed -->',
  },
  {
    name: 'Facebook embed',
    doc: doc({ type: 'embed', attrs: { url: 'https://www.facebook.com/toasoan/videos/123', provider: 'facebook' } }),
    html:
      '<!-- wp:embed {"url":"https://www.facebook.com/toasoan/videos/123","type":"rich","providerNameSlug":"facebook","responsive":true,"previewable":false} -->\n' +
      '<figure class="wp-block-embed is-type-rich is-provider-facebook wp-block-embed-facebook"><div class="wp-block-embed__wrapper">\n' +
      'https://www.facebook.com/toasoan/videos/123\n</div></figure>\n<!-- /wp:embed -->',
  },
  {
    name: 'TikTok embed',
    doc: doc({ type: 'embed', attrs: { url: 'https://www.tiktok.com/@toasoan/video/7', provider: 'tiktok' } }),
    html:
      '<!-- wp:embed {"url":"https://www.tiktok.com/@toasoan/video/7","type":"video","providerNameSlug":"tiktok","responsive":true} -->\n' +
      '<figure class="wp-block-embed is-type-video is-provider-tiktok wp-block-embed-tiktok"><div class="wp-block-embed__wrapper">\n' +
      'https://www.tiktok.com/@toasoan/video/7\n</div></figure>\n<!-- /wp:embed -->',
  },
  {
    name: 'embed of another provider',
    doc: doc({ type: 'embed', attrs: { url: 'https://vimeo.com/76979871', provider: 'other' } }),
    html: '<!-- wp:embed {"url":"https://vimeo.com/76979871"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div></figure>\n<!-- /wp:embed -->',
  },
  {
    name: 'fact box with a title, a paragraph and a list',
    doc: doc({ type: 'factBox', attrs: { title: 'Những con số' }, content: [p(text('Sau bão số 5:')), ul(li(p(text('12 xã bị cô lập'))), li(p(text('3 người bị thương'))))] }),
    html:
      '<!-- wp:group {"tagName":"aside","className":"toasoan-factbox"} -->\n<aside class="wp-block-group toasoan-factbox">' +
      '<!-- wp:heading {"level":3} -->\n<h3>Những con số</h3>\n<!-- /wp:heading -->\n\n' +
      `${para('Sau bão số 5:')}\n\n<!-- wp:list -->\n<ul>${item('12 xã bị cô lập')}\n\n${item('3 người bị thương')}</ul>\n<!-- /wp:list -->` +
      '</aside>\n<!-- /wp:group -->',
  },
  {
    name: 'fact box without a title, with an ordered list and escapes',
    doc: doc({ type: 'factBox', attrs: { title: '' }, content: [ol(1, li(p(text('Bước 1 & 2 <nhanh>'))))] }),
    html:
      '<!-- wp:group {"tagName":"aside","className":"toasoan-factbox"} -->\n<aside class="wp-block-group toasoan-factbox">' +
      `<!-- wp:list {"ordered":true} -->\n<ol>${item('Bước 1 &amp; 2 &lt;nhanh&gt;')}</ol>\n<!-- /wp:list -->` +
      '</aside>\n<!-- /wp:group -->',
  },
  {
    name: 'fact box title with markup characters',
    doc: doc({ type: 'factBox', attrs: { title: 'Giá <USD> & "VND"' }, content: [p(text('x'))] }),
    html:
      '<!-- wp:group {"tagName":"aside","className":"toasoan-factbox"} -->\n<aside class="wp-block-group toasoan-factbox">' +
      `<!-- wp:heading {"level":3} -->\n<h3>Giá &lt;USD&gt; &amp; "VND"</h3>\n<!-- /wp:heading -->\n\n${para('x')}` +
      '</aside>\n<!-- /wp:group -->',
  },
  {
    name: 'several blocks are separated by a blank line',
    doc: doc(p(text('Một')), { type: 'horizontalRule' }, p(text('Hai'))),
    html: `${para('Một')}\n\n<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->\n\n${para('Hai')}`,
  },
];

const noMedia = { resolveMedia: () => undefined };

describe('golden blocks', () => {
  it.each(GOLDENS)('renders: $name', ({ doc: body, html }) => {
    expect(renderPublishHtml(body, noMedia)).toBe(html);
  });

  it.each(GOLDENS)('parses back: $name', ({ doc: body, html }) => {
    const parsed = parsePublishHtml(html);
    expect(parsed.doc).toEqual(body);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.byline).toBeUndefined();
  });
});

describe('headings the body does not have (H1 is the title)', () => {
  const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });

  it('renders H1 as H2, and H5 and H6 as H4', () => {
    expect(renderPublishHtml(doc(heading(1, 'Một'), heading(5, 'Năm'), heading(6, 'Sáu')), noMedia)).toBe(
      '<!-- wp:heading -->\n<h2>Một</h2>\n<!-- /wp:heading -->\n\n' +
        '<!-- wp:heading {"level":4} -->\n<h4>Năm</h4>\n<!-- /wp:heading -->\n\n' +
        '<!-- wp:heading {"level":4} -->\n<h4>Sáu</h4>\n<!-- /wp:heading -->',
    );
  });

  it('reads the site\'s H1, H5 and H6 as the nearest level the body allows', () => {
    const html = [1, 5, 6].map((level) => `<!-- wp:heading {"level":${level}} -->\n<h${level}>Cấp ${level}</h${level}>\n<!-- /wp:heading -->`).join('\n\n');
    expect(parsePublishHtml(html)).toEqual({ doc: doc(heading(2, 'Cấp 1'), heading(4, 'Cấp 5'), heading(4, 'Cấp 6')), warnings: [] });
  });
});

describe('fact boxes the site changed', () => {
  const box = (title: string, ...content: DocNode[]): DocNode => ({ type: 'factBox', attrs: { title }, content });

  it('reads the rendered <aside> of a classic post', () => {
    const parsed = parsePublishHtml('<aside class="wp-block-group toasoan-factbox"><h3>Tóm tắt</h3><p>Một</p><ul><li>Hai</li></ul></aside>');
    expect(parsed.doc).toEqual(doc(box('Tóm tắt', p(text('Một')), ul(li(p(text('Hai')))))));
  });

  it('keeps an image added inside the group, just after the box', () => {
    const html =
      '<!-- wp:group {"tagName":"aside","className":"toasoan-factbox"} -->\n<aside class="wp-block-group toasoan-factbox">' +
      `${para('Chữ')}\n\n<!-- wp:image {"id":5} -->\n<figure class="wp-block-image"><img src="https://s.vn/a.jpg" alt="" class="wp-image-5"/></figure>\n<!-- /wp:image -->` +
      '</aside>\n<!-- /wp:group -->';
    expect(parsePublishHtml(html).doc).toEqual(doc(box('', p(text('Chữ'))), figure({ src: 'https://s.vn/a.jpg', remoteId: 5 })));
  });

  it('turns a heading added below the title into a paragraph with its text', () => {
    const html =
      '<!-- wp:group {"className":"toasoan-factbox"} -->\n<div class="wp-block-group toasoan-factbox">' +
      '<!-- wp:heading {"level":3} -->\n<h3>Tên</h3>\n<!-- /wp:heading -->\n\n<!-- wp:heading {"level":4} -->\n<h4>Phụ</h4>\n<!-- /wp:heading -->' +
      '</div>\n<!-- /wp:group -->';
    expect(parsePublishHtml(html)).toEqual({ doc: doc(box('Tên', p(text('Phụ')))), warnings: [] });
  });

  it('opens up any other group with a warning, keeping its text', () => {
    const parsed = parsePublishHtml(`<!-- wp:group -->\n<div class="wp-block-group">${para('Trong nhóm')}</div>\n<!-- /wp:group -->`);
    expect(parsed).toEqual({ doc: doc(p(text('Trong nhóm'))), warnings: ['unknownBlock:group', 'unknownElement:div'] });
  });
});

describe('figures with local media', () => {
  const hash = 'ab'.repeat(32);
  const local = doc(figure({ media: hash, alt: 'Lũ ở Quảng Bình', caption: 'Nước lên nhanh', credit: 'Ảnh: Minh Anh' }));
  const html =
    '<!-- wp:image {"id":901,"sizeSlug":"large","linkDestination":"none"} -->\n' +
    '<figure class="wp-block-image size-large"><img src="https://toasoan.vn/wp-content/uploads/lu-1024x683.jpg" alt="Lũ ở Quảng Bình" class="wp-image-901"/>' +
    '<figcaption class="wp-element-caption">Nước lên nhanh — <span class="toasoan-credit">Ảnh: Minh Anh</span></figcaption></figure>\n<!-- /wp:image -->';

  it('renders the uploaded copy the resolver names', () => {
    const resolveMedia = (asked: string) => (asked === hash ? { url: 'https://toasoan.vn/wp-content/uploads/lu-1024x683.jpg', id: 901 } : undefined);
    expect(renderPublishHtml(local, { resolveMedia })).toBe(html);
  });

  it('comes back as the site holds it: no local hash, the remote URL and attachment id', () => {
    expect(parsePublishHtml(html).doc).toEqual(
      doc(figure({ src: 'https://toasoan.vn/wp-content/uploads/lu-1024x683.jpg', alt: 'Lũ ở Quảng Bình', caption: 'Nước lên nhanh', credit: 'Ảnh: Minh Anh', remoteId: 901 })),
    );
  });
});

describe('byline', () => {
  const html = `${para('Nội dung')}\n\n${para('Nguyễn Văn A', '{"align":"right","className":"toasoan-byline"} ', ' class="has-text-align-right toasoan-byline"')}`;

  it('renders as a last right-aligned paragraph with a marker class', () => {
    expect(renderPublishHtml(doc(p(text('Nội dung'))), { ...noMedia, byline: { text: ' Nguyễn Văn A ', align: 'right' } })).toBe(html);
  });

  it('is recognised and returned apart from the body', () => {
    expect(parsePublishHtml(html)).toEqual({ doc: doc(p(text('Nội dung'))), byline: 'Nguyễn Văn A', warnings: [] });
  });

  it('an empty byline adds nothing', () => {
    expect(renderPublishHtml(doc(p(text('x'))), { ...noMedia, byline: { text: '  ', align: 'right' } })).toBe(para('x'));
  });
});
