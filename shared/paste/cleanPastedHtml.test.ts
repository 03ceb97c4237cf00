import { describe, expect, it } from 'vitest';
import { encodeLegacy } from '../text/legacyVietnamese.ts';
import { cleanPastedHtml, type CleanPasteOptions } from './cleanPastedHtml.ts';

function clean(html: string, options?: CleanPasteOptions): string {
  const result = cleanPastedHtml(html, options);
  if (result.status !== 'ok') throw new Error(result.status);
  return result.html;
}

function report(html: string, options?: CleanPasteOptions) {
  const result = cleanPastedHtml(html, options);
  if (result.status !== 'ok') throw new Error(result.status);
  return result.report;
}

describe('links', () => {
  it('keeps http, https and mailto and refuses every other scheme, keeping the text', () => {
    expect(clean('<p><a href="https://baoquangtri.vn/a?x=1&amp;y=2" target="_blank" rel="nofollow">tin</a></p>')).toBe(
      '<p><a href="https://baoquangtri.vn/a?x=1&amp;y=2">tin</a></p>',
    );
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'data:text/html,<script>', 'file:///C:/a.doc', '#top', '/relative']) {
      expect(clean(`<p><a href="${href}">bấm</a></p>`), href).toBe('<p>bấm</p>');
    }
    expect(clean('<a href="mailto:toasoan@baoquangtri.vn">thư</a>')).toBe('<p><a href="mailto:toasoan@baoquangtri.vn">thư</a></p>');
  });

  it('unwraps Google and Facebook redirects to the real address', () => {
    expect(clean('<a href="https://www.google.com/url?q=https://quangtri.gov.vn/a%3Fb%3D1&amp;sa=D">x</a>')).toBe('<p><a href="https://quangtri.gov.vn/a?b=1">x</a></p>');
    expect(clean('<a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fbaoquangtri.vn%2F&amp;h=AT0">x</a>')).toBe('<p><a href="https://baoquangtri.vn/">x</a></p>');
  });

  it('drops share buttons, link and label', () => {
    expect(clean('<p>Bài viết <a href="https://www.facebook.com/sharer/sharer.php?u=x">Chia sẻ</a></p>')).toBe('<p>Bài viết</p>');
  });
});

describe('what never gets through', () => {
  it('drops scripts, styles, event handlers, classes, ids, comments, metadata and forms', () => {
    const html =
      '<meta charset="utf-8"><link rel="stylesheet" href="x.css"><style>p{color:red}</style><!-- ghi chú -->' +
      '<p class="lead" id="p1" onclick="steal()" onmouseover="x()" style="color:red;font-family:Arial" data-x="1" title="t" lang="vi">Nội dung</p>' +
      '<script>alert(1)</script><form action="https://evil"><input value="x"><button onclick="y()">Gửi</button></form><svg onload="z()"><text>vẽ</text></svg>';
    expect(clean(html)).toBe('<p>Nội dung</p>');
  });

  it('drops hidden content', () => {
    expect(clean('<p>Hiện<span style="display:none">ẩn</span><span hidden>ẩn</span><span style="mso-hide:all">ẩn</span></p>')).toBe('<p>Hiện</p>');
  });
});

describe('structure', () => {
  it('maps h1 to h2 and h5/h6 to h4', () => {
    expect(clean('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>')).toBe('<h2>A</h2>\n<h2>B</h2>\n<h3>C</h3>\n<h4>D</h4>\n<h4>E</h4>\n<h4>F</h4>');
  });

  it('turns <br><br> into a paragraph break and drops empty paragraphs', () => {
    expect(clean('<div>Một<br>hai<br><br>ba</div><p>&nbsp;</p><p><br></p>')).toBe('<p>Một<br>hai</p>\n<p>ba</p>');
  });

  it('reads styled emphasis and the Google Docs wrapper', () => {
    expect(
      clean('<b style="font-weight:normal"><p><span style="font-weight:700">đậm</span> <span style="font-style:italic">nghiêng</span> <span style="text-decoration:line-through">gạch</span> x<span style="vertical-align:sub">2</span></p></b>'),
    ).toBe('<p><strong>đậm</strong> <em>nghiêng</em> <s>gạch</s> x<sub>2</sub></p>');
  });

  it('flattens nesting beyond what an article uses, so the document stays within the schema depth', () => {
    const html = `${'<blockquote>'.repeat(200)}sâu${'</blockquote>'.repeat(200)}`;
    const out = clean(html);
    expect(out.match(/<blockquote>/g)).toHaveLength(8);
    expect(out).toContain('<p>sâu</p>');
    expect(clean(`${'<div>'.repeat(1000)}rất sâu${'</div>'.repeat(1000)}`)).toBe('<p>rất sâu</p>');
  });

  it('unwraps layout tables and keeps a photo with its caption cell together', () => {
    expect(clean('<table class="image"><tr><td><img src="https://a.vn/1.jpg" alt=""></td></tr><tr><td>Chú thích</td></tr></table>')).toBe(
      '<figure><img src="https://a.vn/1.jpg" alt=""><figcaption>Chú thích</figcaption></figure>',
    );
    expect(clean('<table><tr><td>a</td><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>')).toBe(
      '<table><tbody>\n<tr><td><p>a</p></td><td><p>x</p><p>y</p></td></tr>\n</tbody></table>',
    );
  });
});

describe('images', () => {
  const png = `data:image/png;base64,${'iVBORw0KGgo'.repeat(30)}`;

  it('keeps web photos, drops trackers and spacers silently', () => {
    expect(clean('<img src="https://cdn.baoquangtri.vn/a.jpg" alt="Ảnh" width="600" onerror="x()">')).toBe('<figure><img src="https://cdn.baoquangtri.vn/a.jpg" alt="Ảnh"></figure>');
    const trackers = [
      '<img src="https://www.facebook.com/tr?id=1&ev=PageView" width="1" height="1">',
      '<img src="https://www.google-analytics.com/collect?v=1">',
      '<img src="https://stats.g.doubleclick.net/r/collect">',
      '<img src="https://example.vn/pixel.gif">',
      '<img src="https://example.vn/a.jpg" style="width:1px;height:1px">',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    ];
    for (const html of trackers) expect(clean(`<p>x</p>${html}`), html).toBe('<p>x</p>');
    expect(report(trackers.join('')).trackersRemoved).toBe(trackers.length);
  });

  it('keeps raster data: images when asked, refuses SVG, and counts what it cannot bring', () => {
    expect(clean(`<img src="${png}">`)).toBe(`<figure><img src="${png}" alt=""></figure>`);
    expect(clean(`<img src="${png}">`, { dataImages: 'drop' })).toBe('');
    expect(report(`<img src="${png}">`, { dataImages: 'drop' }).imagesUnavailable).toBe(1);
    expect(clean(`<img src="data:image/svg+xml;base64,${'PHN2Zz4'.repeat(40)}">`)).toBe('');
    expect(report('<img src="file:///C:/Temp/clip_image001.png"><img src="cid:image001.png@01D6">').imagesUnavailable).toBe(2);
  });

  it('takes the real photo of a lazy-loading page', () => {
    expect(clean('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.vn/that.jpg" alt="">')).toBe('<figure><img src="https://cdn.vn/that.jpg" alt=""></figure>');
  });

  it('moves a photo out of its paragraph, keeping the text on both sides', () => {
    expect(clean('<p>Trước <img src="https://a.vn/1.jpg" alt=""> sau</p>')).toBe('<p>Trước</p>\n<figure><img src="https://a.vn/1.jpg" alt=""></figure>\n<p>sau</p>');
  });
});

describe('text', () => {
  it('is NFC, with collapsed spaces and non-breaking spaces only where they bind a number', () => {
    const decomposed = 'Quảng Trị'.normalize('NFD');
    expect(clean(`<p>  ${decomposed}   có&nbsp;&nbsp;1&nbsp;000 người&nbsp;</p>`)).toBe('<p>Quảng Trị có 1\u00a0000 người</p>');
  });

  it('removes control characters and lone surrogates the document schema would refuse', () => {
    expect(clean('<p>a\u0001b\u200bc\ud800d\u00ade</p>')).toBe('<p>abcde</p>');
  });

  it('applies typographic quotes and ellipsis only when the newsroom asks, across formatting', () => {
    const html = '<p>Ông nói: <b>"Chờ</b> đã..."</p>';
    expect(clean(html)).toBe('<p>Ông nói: <strong>"Chờ</strong> đã..."</p>');
    expect(clean(html, { typography: { quotes: true, ellipsis: true } })).toBe('<p>Ông nói: <strong>“Chờ</strong> đã…”</p>');
  });
});

describe('legacy encodings', () => {
  const tcvn3 = encodeLegacy('Giáo dục', 'tcvn3');

  it('converts on the reporter\'s word and never converts Unicode text twice', () => {
    expect(clean(`<p>${tcvn3}</p>`)).toBe(`<p>${tcvn3}</p>`);
    expect(report(`<p>${tcvn3}</p>`).legacyOffer).toEqual({ encoding: 'tcvn3', confidence: 0.667 });
    expect(clean(`<p>${tcvn3}</p><p>Giáo dục</p>`, { legacy: 'tcvn3' })).toBe('<p>Giáo dục</p>\n<p>Giáo dục</p>');
    expect(report(`<p>${tcvn3}</p>`, { legacy: 'tcvn3' }).legacy).toEqual({ encoding: 'tcvn3', source: 'chosen' });
  });

  it('trusts the font for certain but "off" leaves unlabelled text alone', () => {
    const html = `<p><span style="font-family:'.VnTime'">${tcvn3}</span> ${tcvn3}</p>`;
    expect(clean(html, { legacy: 'off' })).toBe(`<p>Giáo dục ${tcvn3}</p>`);
  });
});

describe('editor copies', () => {
  it('passes ProseMirror\'s own clipboard through, context and media hashes intact', () => {
    const html = '<p data-pm-slice="1 1 []">Đoạn</p><figure class="article-figure" data-media="ab"><img src="app://x"></figure>';
    expect(clean(html)).toBe(html);
  });
});
