import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LETTERS, convertLegacy, detectLegacyEncoding, encodeLegacy, isVietnameseSyllable } from './legacyVietnamese.ts';

const SENTENCE = 'Giao ban công tác tuyên giáo 6 tháng đầu năm 2020';
const PANGRAM = 'Những người đứng đầu cơ quan, đơn vị phải gương mẫu thực hiện; ý kiến đóng góp của nhân dân được tiếp thu đầy đủ, kịp thời.';

describe('the letter inventory', () => {
  it('has the 134 Vietnamese letters with diacritics, upper and lower case, in NFC', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    for (const letter of VIETNAMESE_LETTERS) expect(letter).toBe(letter.normalize('NFC'));
    expect(VIETNAMESE_LETTERS).toContain('ỵ');
    expect(VIETNAMESE_LETTERS).toContain('Ự');
    expect(VIETNAMESE_LETTERS).toContain('Đ');
  });
});

describe('VNI-Windows', () => {
  it('round-trips every letter, alone and inside words of either case', () => {
    for (const letter of VIETNAMESE_LETTERS) {
      const legacy = encodeLegacy(letter, 'vni');
      expect(legacy, letter).not.toBe(letter.normalize('NFD'));
      expect(convertLegacy(legacy, 'vni'), letter).toBe(letter);
      expect(convertLegacy(encodeLegacy(`ng${letter}n`, 'vni'), 'vni')).toBe(`ng${letter}n`);
    }
  });

  it('reads the spellings VNI fonts use', () => {
    expect(convertLegacy('Giaùo duïc', 'vni')).toBe('Giáo dục');
    expect(convertLegacy('Ñaø Naüng, Vieät Nam', 'vni')).toBe('Đà Nẵng, Việt Nam');
    expect(convertLegacy('QUAÛNG TRÒ', 'vni')).toBe('QUẢNG TRỊ');
    expect(convertLegacy('ngöôøi, hoïc, thuôû', 'vni')).toBe('người, học, thuở');
    expect(encodeLegacy(SENTENCE, 'vni')).toBe('Giao ban coâng taùc tuyeân giaùo 6 thaùng ñaàu naêm 2020');
  });

  it('round-trips real sentences', () => {
    for (const text of [SENTENCE, PANGRAM, PANGRAM.toUpperCase()]) expect(convertLegacy(encodeLegacy(text, 'vni'), 'vni')).toBe(text);
  });
});

describe('TCVN3 (ABC)', () => {
  it('round-trips every lower-case letter, and every capital inside a word in capitals', () => {
    for (const letter of VIETNAMESE_LETTERS) {
      if (letter === letter.toLowerCase()) {
        expect(convertLegacy(encodeLegacy(letter, 'tcvn3'), 'tcvn3'), letter).toBe(letter);
      } else {
        // VN3 has codes for Ă Â Ê Ô Ơ Ư Đ only; other capitals share the lower-case code (".VnTimeH" draws them).
        expect(convertLegacy(encodeLegacy(`NG${letter}N`, 'tcvn3'), 'tcvn3'), letter).toBe(`NG${letter}N`);
      }
    }
  });

  it('reads the codes ".VnTime" documents contain', () => {
    expect(convertLegacy('Gi¸o dôc', 'tcvn3')).toBe('Giáo dục');
    expect(encodeLegacy(SENTENCE, 'tcvn3')).toBe('Giao ban c«ng t¸c tuyªn gi¸o 6 th¸ng ®Çu n¨m 2020');
    expect(convertLegacy('Giao ban c«ng t¸c tuyªn gi¸o 6 th¸ng ®Çu n¨m 2020', 'tcvn3')).toBe(SENTENCE);
    expect(convertLegacy('§µ N½ng', 'tcvn3')).toBe('Đà Nẵng');
  });

  it('round-trips real sentences, keeping curly quotes and dashes (Windows-1252, not VN1 capitals)', () => {
    expect(convertLegacy(encodeLegacy(PANGRAM, 'tcvn3'), 'tcvn3')).toBe(PANGRAM);
    expect(convertLegacy('“Gi¸o dôc” – ®µo t¹o…', 'tcvn3')).toBe('“Giáo dục” – đào tạo…');
  });

  it('restores capitals by word, without turning words before acronyms into capitals', () => {
    expect(convertLegacy('§¹I HéI §¶NG Bé TØNH', 'tcvn3')).toBe('ĐẠI HỘI ĐẢNG BỘ TỈNH');
    expect(convertLegacy('LêI Tõ BIÖT', 'tcvn3')).toBe('LỜI TỪ BIỆT');
    expect(convertLegacy('Tõ TP. HuÕ ®Õn UBND', 'tcvn3')).toBe('Từ TP. Huế đến UBND');
    expect(convertLegacy('gi¸o dôc', 'tcvn3', { capitals: true })).toBe('GIÁO DỤC');
  });

  it('reads the capitals VN1 puts in the holes VN3 leaves', () => {
    expect(convertLegacy('\u00c0', 'tcvn3')).toBe('Ắ');
    expect(convertLegacy('\u00ff', 'tcvn3')).toBe('Ố');
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts syllables and refuses what the spelling rules exclude', () => {
    for (const word of ['giáo', 'dục', 'người', 'nghiêng', 'quyết', 'khuỷu', 'xoong', 'Trị', 'ĐẦU', 'gì', 'thuở']) expect(isVietnameseSyllable(word), word).toBe(true);
    // Two tones, a stop ending with the wrong tone, a foreign letter, an impossible rhyme.
    for (const word of ['giáò', 'dôc', 'tac', 'café', 'coâng', 'taùc', 'film']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});

describe('detectLegacyEncoding', () => {
  it('is confident on a TCVN3 sentence and a VNI sentence', () => {
    expect(detectLegacyEncoding(encodeLegacy(SENTENCE, 'tcvn3'))).toMatchObject({ encoding: 'tcvn3' });
    expect(detectLegacyEncoding(encodeLegacy(SENTENCE, 'tcvn3')).confidence).toBeGreaterThanOrEqual(0.85);
    expect(detectLegacyEncoding(encodeLegacy(SENTENCE, 'vni'))).toMatchObject({ encoding: 'vni' });
    expect(detectLegacyEncoding(encodeLegacy(PANGRAM, 'vni')).confidence).toBeGreaterThanOrEqual(0.85);
    expect(detectLegacyEncoding(encodeLegacy(PANGRAM, 'tcvn3')).confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('is unsure on two words', () => {
    const detection = detectLegacyEncoding('Gi¸o dôc');
    expect(detection.encoding).toBe('tcvn3');
    expect(detection.confidence).toBeGreaterThan(0.3);
    expect(detection.confidence).toBeLessThan(0.85);
  });

  it('leaves Unicode Vietnamese, English and French alone', () => {
    for (const text of [SENTENCE, PANGRAM, 'Má tôi nói: "Thôi"', 'Breaking news from the province', 'Café crème à la française, déjà vu', '']) {
      expect(detectLegacyEncoding(text), text).toEqual({ encoding: null, confidence: 0 });
    }
  });

  it('is not fooled by a Unicode article quoting a few legacy words', () => {
    const mixed = `${PANGRAM} ${PANGRAM} Tệp gửi kèm ghi "Gi¸o dôc".`;
    expect(detectLegacyEncoding(mixed).confidence).toBeLessThan(0.3);
  });
});
