import { describe, expect, it } from 'vitest';
import { hasUnpairedSurrogate, safeText } from './safeText.ts';

describe('safeText', () => {
  const title = safeText(20);

  it('normalises decomposed Vietnamese to NFC', () => {
    const nfd = 'Tuyên giáo'.normalize('NFD');
    expect(nfd).not.toBe('Tuyên giáo');
    expect(title.parse(nfd)).toBe('Tuyên giáo');
  });

  it('counts the limit on the normalised text', () => {
    const nfd = 'ệệệệệệệệệệệệệệệệệệệệ'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(20);
    expect(title.parse(nfd)).toHaveLength(20);
    expect(title.safeParse('x'.repeat(21)).success).toBe(false);
  });

  it('refuses lone surrogates, control characters and newlines in single-line text', () => {
    expect(title.safeParse('a\uD800b').success).toBe(false);
    expect(title.safeParse('a\uDC00').success).toBe(false);
    expect(title.safeParse('a\u0007').success).toBe(false);
    expect(title.safeParse('a\nb').success).toBe(false);
    expect(safeText(20, { multiline: true }).parse('a\nb')).toBe('a\nb');
  });

  it('accepts astral characters (paired surrogates)', () => {
    expect(hasUnpairedSurrogate('📰 tin')).toBe(false);
    expect(title.parse('📰 tin')).toBe('📰 tin');
  });
});
