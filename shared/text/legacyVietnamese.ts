/**
 * TCVN3 (ABC) and VNI-Windows: the pre-Unicode Vietnamese font encodings still found in
 * provincial newsrooms' Word files. Their bytes reach us read as Windows-1252, so
 * "Giáo dục" arrives as "Gi¸o dôc" (TCVN3) or "Giaùo duïc" (VNI). This module converts
 * such text to Unicode NFC and guesses, from the text alone, whether it is one of them.
 *
 * Tables: TCVN 5712:1993 VN3 (the ".VnTime" fonts) and the VNI-Windows font layout,
 * checked against X11's TCVN-5712 table and VBKey's code tables.
 */
export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyDetection {
  encoding: LegacyEncoding | null;
  /** 0…1: the share of non-ASCII words that only read as Vietnamese once converted, damped for short samples. */
  confidence: number;
}

/** The 12 vowel bases; each row lists the letter with no tone, huyền, sắc, hỏi, ngã, nặng. */
const BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Every toned or marked vowel, lower case, row by base in BASES order. */
function vowelRow(base: string): string[] {
  return TONES.map((tone) => (base + tone).normalize('NFC'));
}

/**
 * TCVN3 codes (Windows-1252 characters) in BASES order, tones none/huyền/sắc/hỏi/ngã/nặng.
 * VN3 has no upper-case toned letters: ".VnTimeH" fonts draw these lower-case codes as capitals.
 */
const TCVN3_LOWER: Record<string, readonly number[]> = {
  a: [0x61, 0xb5, 0xb8, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xcc, 0xd0, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xd7, 0xdd, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xea, 0xed, 0xeb, 0xec, 0xee],
  u: [0x75, 0xef, 0xf3, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe],
};
/** The seven capitals VN3 does have. */
const TCVN3_UPPER: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7 };
/**
 * VN1 puts some capitals in the holes VN3 leaves empty; a few fonts followed it. Read only
 * (VN3 text never contains these), and not VN1's 0x80–0x9F capitals: in a Word paste those
 * positions are Windows-1252 curly quotes and dashes.
 */
const TCVN3_VN1_HOLES: Record<number, string> = {
  0xaf: 'Ằ', 0xba: 'Ẳ', 0xbf: 'Ẵ', 0xc0: 'Ắ', 0xc1: 'Ầ', 0xc2: 'Ẩ', 0xc3: 'Ẫ', 0xc4: 'Ấ', 0xc5: 'Ề',
  0xcd: 'Ể', 0xd9: 'Ễ', 0xda: 'Ế', 0xdb: 'Ồ', 0xe0: 'Ổ', 0xf0: 'Ỗ', 0xff: 'Ố',
};

/** VNI marks after a lower-case base, by tone; the circumflex and breve rows carry their own tone forms. */
const VNI_MARKS_LOWER = { plain: ['', 'ø', 'ù', 'û', 'õ', 'ï'], circumflex: ['â', 'à', 'á', 'å', 'ã', 'ä'], breve: ['ê', 'è', 'é', 'ú', 'ü', 'ë'] };
const VNI_MARKS_UPPER = { plain: ['', 'Ø', 'Ù', 'Û', 'Õ', 'Ï'], circumflex: ['Â', 'À', 'Á', 'Å', 'Ã', 'Ä'], breve: ['Ê', 'È', 'É', 'Ú', 'Ü', 'Ë'] };

/** VNI spelling of each vowel row, for one case. `i` and `ỵ` are single characters in VNI. */
function vniRow(base: string, upper: boolean): string[] {
  const marks = upper ? VNI_MARKS_UPPER : VNI_MARKS_LOWER;
  const c = (text: string) => (upper ? text.toUpperCase() : text);
  switch (base) {
    case 'ă': return marks.breve.map((mark) => c('a') + mark);
    case 'â': return marks.circumflex.map((mark) => c('a') + mark);
    case 'ê': return marks.circumflex.map((mark) => c('e') + mark);
    case 'ô': return marks.circumflex.map((mark) => c('o') + mark);
    // ơ and ư are letters of their own in VNI (ô/Ô and ö/Ö), toned with the plain marks.
    case 'ơ': return marks.plain.map((mark) => (upper ? 'Ô' : 'ô') + mark);
    case 'ư': return marks.plain.map((mark) => (upper ? 'Ö' : 'ö') + mark);
    case 'i': return upper ? ['I', 'Ì', 'Í', 'Æ', 'Ó', 'Ò'] : ['i', 'ì', 'í', 'æ', 'ó', 'ò'];
    case 'y': return [...marks.plain.slice(0, 5).map((mark) => c('y') + mark), upper ? 'Î' : 'î'];
    default: return marks.plain.map((mark) => c(base) + mark);
  }
}

interface Codec {
  /** Unicode letter → legacy spelling (one or two characters). */
  encode: ReadonlyMap<string, string>;
  /** Legacy spelling → Unicode letter; two-character keys are tried first. */
  decode: ReadonlyMap<string, string>;
}

function buildTcvn3(): Codec {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const base of BASES) {
    const letters = vowelRow(base);
    const codes = TCVN3_LOWER[base] ?? [];
    letters.forEach((letter, tone) => {
      const code = String.fromCharCode(codes[tone] ?? 0);
      encode.set(letter, code);
      // Capitals go to the lower-case code (the ABC convention); the plain capitals below override.
      encode.set(letter.toUpperCase(), tone === 0 && code === letter ? letter.toUpperCase() : code);
      // Kept even where the code is the letter itself (ý is 0xFD): the capitals rule must see it.
      if (code !== letter || tone > 0) decode.set(code, letter);
    });
  }
  encode.set('đ', '\u00ae');
  decode.set('\u00ae', 'đ');
  for (const [letter, code] of Object.entries(TCVN3_UPPER)) {
    encode.set(letter, String.fromCharCode(code));
    decode.set(String.fromCharCode(code), letter);
  }
  for (const [code, letter] of Object.entries(TCVN3_VN1_HOLES)) decode.set(String.fromCharCode(Number(code)), letter);
  return { encode, decode };
}

function buildVni(): Codec {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const upper of [false, true]) {
    for (const base of BASES) {
      const letters = vowelRow(base).map((letter) => (upper ? letter.toUpperCase() : letter));
      const spellings = vniRow(base, upper);
      letters.forEach((letter, tone) => {
        const spelling = spellings[tone] ?? letter;
        encode.set(letter, spelling);
        if (spelling !== letter) decode.set(spelling, letter);
      });
    }
  }
  encode.set('đ', 'ñ').set('Đ', 'Ñ');
  decode.set('ñ', 'đ').set('Ñ', 'Đ');
  return { encode, decode };
}

const CODECS: Record<LegacyEncoding, Codec> = { tcvn3: buildTcvn3(), vni: buildVni() };

/** Every Vietnamese letter with a diacritic (67 lower, 67 upper): the conversion tests walk this. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...BASES.flatMap((base) => vowelRow(base)).filter((letter) => !/^[aeiouy]$/.test(letter)), 'đ'];
  return [...lower, ...lower.map((letter) => letter.toUpperCase())];
})();

/** Unicode → legacy: the inverse tables, for tests and fixtures (TCVN3 loses the case of toned capitals). */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const { encode } = CODECS[encoding];
  return Array.from(text.normalize('NFC'), (char) => encode.get(char) ?? char).join('');
}

/** Letters that no TCVN3 code can stand for: a lower-case toned TCVN3 letter is in fact a capital. */
const TCVN3_AMBIGUOUS = new Set<string>(
  [...CODECS.tcvn3.decode.entries()].filter(([code, letter]) => code.charCodeAt(0) >= 0xa8 && letter === letter.toLowerCase()).map(([, letter]) => letter),
);

/**
 * Restores TCVN3 capitals lost to the lower-case codes, by word: "GI¸O" was "GIÁO".
 * A word is upper case when its other letters are, and there are at least two of them
 * or a neighbouring word is a Vietnamese word in capitals too ("TỪ" in "LỜI TỪ BIỆT").
 * Acronyms alone do not count, so "Từ TP. Huế" keeps its lower-case "ừ".
 */
function restoreTcvn3Capitals(text: string, converted: readonly boolean[]): string {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const info = words.map((match) => {
    const letters = Array.from(match[0]);
    let offset = match.index;
    let certainUpper = 0;
    let certainLower = 0;
    let ambiguous = 0;
    for (const letter of letters) {
      if (converted[offset] === true && TCVN3_AMBIGUOUS.has(letter)) ambiguous++;
      else if (letter !== letter.toLowerCase()) certainUpper++;
      else if (letter !== letter.toUpperCase()) certainLower++;
      offset += letter.length;
    }
    return { certainUpper, certainLower, ambiguous };
  });
  const capsWord = (index: number) => {
    const word = info[index];
    return word !== undefined && word.certainLower === 0 && word.certainUpper >= 1 && word.ambiguous >= 1;
  };
  let out = '';
  let last = 0;
  words.forEach((match, index) => {
    const word = info[index];
    if (word === undefined || word.ambiguous === 0 || word.certainLower > 0 || word.certainUpper === 0) return;
    if (word.certainUpper < 2 && !capsWord(index - 1) && !capsWord(index + 1)) return;
    out += text.slice(last, match.index) + match[0].toUpperCase();
    last = match.index + match[0].length;
  });
  return out + text.slice(last);
}

/**
 * Converts TCVN3 or VNI text (as read through Windows-1252) to Unicode NFC. Characters the
 * encoding does not define are kept, so ASCII, digits and punctuation pass unchanged.
 * `capitals` (TCVN3 only) says the text was set in a ".VnTimeH"-style capitals font.
 */
export function convertLegacy(text: string, encoding: LegacyEncoding, options: { capitals?: boolean } = {}): string {
  const { decode } = CODECS[encoding];
  let out = '';
  // Per UTF-16 offset of `out`: whether that letter came from a TCVN3 code (for the capitals rule).
  const converted: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = encoding === 'vni' ? decode.get(text.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const char = text[i] ?? '';
    const single = decode.get(char);
    if (single !== undefined) converted[out.length] = true;
    out += single ?? char;
  }
  if (encoding === 'tcvn3') out = options.capitals === true ? out.toUpperCase() : restoreTcvn3Capitals(out, converted);
  return out.normalize('NFC');
}

const INITIALS = ['ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
/** Vietnamese rhymes without tone marks (medial + nucleus + ending), as the spelling allows them. */
const RHYMES: ReadonlySet<string> = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
    'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
    'o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu ' +
    'y yêm yên yêt yêu ' +
    'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet ' +
    'uân uâng uât uây uê uêch uênh uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt'
  ).split(' '),
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALPHABET: ReadonlySet<string> = new Set([...'abcdeghiklmnopqrstuvxy', ...VIETNAMESE_LETTERS.filter((letter) => letter === letter.toLowerCase())]);

/**
 * Whether `word` spells one Vietnamese syllable: a known initial, a known rhyme, at most
 * one tone, and a stop ending (-c, -ch, -p, -t) only with sắc or nặng, as the phonology requires.
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  // Checked on whole letters first: "ñ" decomposes to n + tilde and would pass for a tone.
  for (const letter of lower) if (!ALPHABET.has(letter)) return false;
  const tones = lower.normalize('NFD').match(TONE_MARK) ?? [];
  if (tones.length > 1) return false;
  const bare = lower.normalize('NFD').replace(TONE_MARK, '').normalize('NFC');
  if (/(c|ch|p|t)$/.test(bare) && !(tones[0] === '\u0301' || tones[0] === '\u0323')) return false;
  return INITIALS.some((initial) => bare.startsWith(initial) && RHYMES.has(bare.slice(initial.length)));
}

/** Unicode-only Vietnamese letters (ă, đ, ơ, ư, ĩ, ũ, ạ…ỹ): legacy text read as Windows-1252 cannot contain them. */
export const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const WORD = /[A-Za-z\u00a1-\u00ff\u0100-\u01b0\u1ea0-\u1ef9]+/g;
/** Enough words to decide; a long paste is not read to the end. */
const SAMPLE_WORDS = 4000;

/**
 * Guesses whether `text` is TCVN3 or VNI read as Windows-1252. Each word with a Latin-1
 * character is a witness: it speaks for an encoding when it is not a Vietnamese syllable
 * as is but becomes one once converted, and against it the other way round; words already
 * in Unicode Vietnamese speak against both, and words that read (or fail) either way say
 * nothing ("cô" is a word as is and "cơ" in VNI).
 * Confidence = for / (for + against) × for / (for + 1): the second factor damps short
 * samples, so two words ("Gi¸o dôc") give 0.67 and a sentence of seven gives 0.88.
 */
export function detectLegacyEncoding(text: string): LegacyDetection {
  const evidence: Record<LegacyEncoding, { for: number; against: number }> = { tcvn3: { for: 0, against: 0 }, vni: { for: 0, against: 0 } };
  let seen = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (++seen > SAMPLE_WORDS) break;
    if (UNICODE_VIETNAMESE.test(word)) {
      evidence.tcvn3.against++;
      evidence.vni.against++;
      continue;
    }
    if (!/[\u00a1-\u00ff]/.test(word)) continue;
    const asIs = isVietnameseSyllable(word);
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const converted = convertLegacy(word, encoding);
      const reads = converted !== word && isVietnameseSyllable(converted);
      if (reads && !asIs) evidence[encoding].for++;
      else if (asIs && !reads) evidence[encoding].against++;
    }
  }
  const score = (encoding: LegacyEncoding) => {
    const { for: pro, against } = evidence[encoding];
    return pro === 0 ? 0 : (pro / (pro + against)) * (pro / (pro + 1));
  };
  const encoding: LegacyEncoding = score('vni') > score('tcvn3') ? 'vni' : 'tcvn3';
  const confidence = score(encoding);
  if (confidence === 0) return { encoding: null, confidence: 0 };
  return { encoding, confidence: Math.round(confidence * 1000) / 1000 };
}
