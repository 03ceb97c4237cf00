import { describe, expect, it } from 'vitest';
import { DEFAULT_TYPOGRAPHY, stripInvisible, tidyChars, tidyText } from './typography.ts';

const on = { quotes: true, ellipsis: true };

describe('stripInvisible', () => {
  it('drops controls, zero-width characters, soft hyphens and lone surrogates, keeping emoji, tabs and newlines', () => {
    expect(stripInvisible('Hà\u0000 Nội\u200b\ufeff\u00ad\u0085 \ud800x 👍\t\n')).toBe('Hà Nội x 👍\t\n');
  });
});

describe('tidyText', () => {
  it('collapses runs of spaces and trims each line', () => {
    expect(tidyText('  Quảng   Trị \t hôm nay  \n  mưa  ')).toBe('Quảng Trị hôm nay\nmưa');
  });

  it('turns non-breaking spaces into spaces except inside numbers and before a sign or unit', () => {
    expect(tidyText('Hòa\u00a0bình\u00a0\u00a0và\u00a0 phát triển')).toBe('Hòa bình và phát triển');
    expect(tidyText('Dân số 1\u00a0000\u00a0000 người, tăng 5\u00a0%, nhiệt độ 30\u00a0°C, cách 12\u00a0km.')).toBe(
      'Dân số 1\u00a0000\u00a0000 người, tăng 5\u00a0%, nhiệt độ 30\u00a0°C, cách 12\u00a0km.',
    );
    expect(tidyText('Năm 2020\u00a0người dân; hỏi\u00a0: vì sao\u00a0?')).toBe('Năm 2020 người dân; hỏi : vì sao ?');
    expect(tidyText('\u00a0')).toBe('');
  });

  it('composes decomposed Vietnamese to NFC', () => {
    const decomposed = 'Vie\u0323\u0302t Nam'.normalize('NFD');
    expect(tidyText(decomposed)).toBe('Việt Nam');
  });

  it('leaves quotes and dots alone by default', () => {
    expect(DEFAULT_TYPOGRAPHY).toEqual({ quotes: false, ellipsis: false });
    expect(tidyText('Anh nói: "Chờ đã..." rồi đi.')).toBe('Anh nói: "Chờ đã..." rồi đi.');
  });

  it('sets typographic quotes, apostrophes and ellipsis when asked', () => {
    expect(tidyText('Anh nói: "Chờ đã..." rồi đi.', on)).toBe('Anh nói: “Chờ đã…” rồi đi.');
    expect(tidyText("Bài 'Mùa lũ' của O'Neil (\"Tuổi trẻ\")", on)).toBe('Bài ‘Mùa lũ’ của O’Neil (“Tuổi trẻ”)');
    expect(tidyText('Còn nữa.... và ...', on)).toBe('Còn nữa.... và …');
  });
});

describe('tidyChars', () => {
  it('answers index for index, so formatted runs can be cut back at their boundaries', () => {
    const chars = Array.from('a  "b...\n c ');
    const out = tidyChars(chars, on);
    expect(out).toHaveLength(chars.length);
    expect(out.join('')).toBe('a “b…\nc');
    expect(out.slice(3, 8)).toEqual(['“', 'b', '…', '', '']);
  });
});

describe('tidyText keeping the edges', () => {
  it('keeps one space at the start and end of the whole text, still trimming inner line ends', () => {
    expect(tidyText('   và hơn thế  ', DEFAULT_TYPOGRAPHY, true)).toBe(' và hơn thế ');
    expect(tidyText(' một  \n  hai ', DEFAULT_TYPOGRAPHY, true)).toBe(' một\nhai ');
    expect(tidyText(' một ', DEFAULT_TYPOGRAPHY)).toBe('một');
  });
});
