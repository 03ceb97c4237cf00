import { describe, expect, it } from 'vitest';
import { excerptFromSapo, sapoFromExcerpt } from './index.ts';

describe('excerpt', () => {
  const sapo = '(QTO) - Chiều nay 15/7/2020,\nBan Tuyên giáo Tỉnh ủy\r\n\r\ntổ chức giao ban.';

  it('is the sapo on one line, NFC, with HTML-significant characters escaped', () => {
    expect(excerptFromSapo(sapo)).toBe('(QTO) - Chiều nay 15/7/2020, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban.');
    expect(excerptFromSapo('  Sở GD&ĐT: <5% học sinh>  '.normalize('NFD'))).toBe('Sở GD&amp;ĐT: &lt;5% học sinh&gt;');
  });

  it('reads back what the site stores, whoever sent it', () => {
    expect(sapoFromExcerpt(excerptFromSapo('Sở GD&ĐT: <5%')) ).toBe('Sở GD&ĐT: <5%');
    expect(sapoFromExcerpt('<p>Sở GD&amp;ĐT &#8220;mở&#8221;\n</p>')).toBe('Sở GD&ĐT “mở”');
  });
});
