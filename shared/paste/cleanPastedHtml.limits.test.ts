import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/support/random.ts';
import { cleanPastedHtml } from './cleanPastedHtml.ts';
import { cleanPastedText } from './cleanPastedText.ts';
import { MAX_PASTE_HTML_CHARS, MAX_TABLE_ROWS } from './limits.ts';

/**
 * Bad input from the issue: a 50 MB blob, a 10,000-row table, a broken .docx payload.
 * Each case prints what it measured (`[paste]` lines) so the figures in limits.ts and in
 * the report can be re-checked on any machine; the assertions only bound them loosely.
 */
const WORD = readFileSync(new URL('../../tests/fixtures/paste/word365-headings.html', import.meta.url), 'utf8');
const BODY = WORD.slice(WORD.indexOf('<!--StartFragment-->'), WORD.indexOf('<!--EndFragment-->'));

function wordHtmlOf(chars: number): string {
  const head = WORD.slice(0, WORD.indexOf('<!--StartFragment-->'));
  return `${head}${BODY.repeat(Math.ceil(chars / BODY.length))}</body></html>`;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: Math.round(performance.now() - start) };
}

/** Random bytes as Chrome would hand them over: decoded as UTF-8, invalid sequences as U+FFFD. */
function garbage(bytes: number, prefix: number[] = []): string {
  const random = seededRandom(4);
  const data = Uint8Array.from([...prefix, ...Array.from({ length: bytes }, () => Math.floor(random() * 256))]);
  return new TextDecoder('utf-8').decode(data);
}

describe('pasting too much', () => {
  it('refuses 50 MB of HTML without parsing it', () => {
    const html = wordHtmlOf(50_000_000);
    const { value, ms } = timed(() => cleanPastedHtml(html));
    console.log(`[paste] 50 MB Word HTML (${html.length} chars): ${value.status} in ${ms} ms`);
    expect(value).toMatchObject({ status: 'tooLarge', reason: 'size', limit: MAX_PASTE_HTML_CHARS });
    expect(ms).toBeLessThan(100);
  });

  it('refuses 5 MB as quickly, and would have taken this long to clean it', () => {
    const html = wordHtmlOf(5_000_000);
    expect(cleanPastedHtml(html)).toMatchObject({ status: 'tooLarge', reason: 'size' });
    const { value, ms } = timed(() => cleanPastedHtml(html, { maxHtmlChars: Number.POSITIVE_INFINITY }));
    if (value.status !== 'ok') throw new Error(value.status);
    console.log(`[paste] 5 MB Word HTML (${html.length} chars), cap lifted: ${ms} ms → ${value.html.length} chars of clean HTML`);
    expect(ms).toBeLessThan(20_000);
  });

  it('cleans Word HTML up to the cap in bounded time', () => {
    const html = wordHtmlOf(MAX_PASTE_HTML_CHARS - 10_000);
    const { value, ms } = timed(() => cleanPastedHtml(html));
    if (value.status !== 'ok') throw new Error(value.status);
    console.log(`[paste] ${(html.length / 1e6).toFixed(1)} MB Word HTML (the cap): ${ms} ms → ${value.html.length} chars of clean HTML`);
    expect(ms).toBeLessThan(8_000);
  });

  it('refuses nesting the tree builder would spend seconds on, quickly', () => {
    const html = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    const { value, ms } = timed(() => cleanPastedHtml(html));
    console.log(`[paste] 100,000 nested <div> (${html.length} chars): ${value.status} in ${ms} ms`);
    expect(value).toMatchObject({ status: 'tooLarge', reason: 'nesting' });
    expect(ms).toBeLessThan(1000);
  });

  it('keeps the first 500 rows of a 10,000-row table and says so', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>${i + 1}</td><td>Xã ${i + 1}</td><td>${(i * 37) % 1000},5</td><td>Ghi chú</td></tr>`).join('');
    const html = `<table><tr><th>TT</th><th>Địa phương</th><th>Số liệu</th><th>Ghi chú</th></tr>${rows}</table>`;
    const { value, ms } = timed(() => cleanPastedHtml(html));
    if (value.status !== 'ok') throw new Error(value.status);
    console.log(`[paste] 10,000-row table (${html.length} chars): ${ms} ms → ${MAX_TABLE_ROWS} rows, ${value.html.length} chars`);
    expect(value.report.tableRows).toEqual({ kept: MAX_TABLE_ROWS, total: 10_001 });
    expect(value.html.match(/<tr>/g)).toHaveLength(MAX_TABLE_ROWS);
    // TipTap JSON of that table (~130 characters a cell) stays far below the 1,000,000-character body limit.
    expect(MAX_TABLE_ROWS * 4 * 130).toBeLessThan(1_000_000 / 3);
  });

  it('refuses plain text that could never be saved', () => {
    expect(cleanPastedText('Quảng Trị '.repeat(100_000))).toMatchObject({ status: 'tooLarge' });
  });
});

describe('pasting garbage', () => {
  it('recognises a broken .docx payload (ZIP bytes as HTML) instead of pasting noise', () => {
    const zip = garbage(200_000, [0x50, 0x4b, 0x03, 0x04]);
    expect(cleanPastedHtml(zip)).toEqual({ status: 'unreadable', html: '' });
    // The middle of a ZIP, without its signature, is refused on its noise alone.
    expect(cleanPastedHtml(garbage(5_000)).status).toBe('unreadable');
    expect(cleanPastedText(garbage(5_000)).status).toBe('unreadable');
  });

  it('cleans text with a few stray control characters rather than refusing it', () => {
    const html = `<p>${'Bài viết bình thường. '.repeat(50)}\u0001\u0002\u0003</p>`;
    const result = cleanPastedHtml(html);
    expect(result.status).toBe('ok');
    expect(result.html).not.toMatch(/[\u0000-\u0008]/);
  });

  it('never throws on hostile markup', () => {
    const random = seededRandom(11);
    const pieces = ['<p>', '</p>', '<b>', '</i>', '<table>', '<td>', '<tr>', '</table>', '<li>', '<ul>', '<!--', '-->', '<a href="', '">', '&#', '&amp', '<img src=', 'đ', ' ', '<![if', ']>', '<script>', '</script', "'", '"', '<o:p>', '<br/>', '<span style="mso-list:Ignore">', '<p style="mso-list:l0 level3 lfo1">'];
    for (let round = 0; round < 200; round++) {
      const html = Array.from({ length: 300 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => cleanPastedHtml(html)).not.toThrow();
    }
  });
});
