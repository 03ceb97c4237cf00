/**
 * Text hygiene for what enters an article: invisible characters out, spaces collapsed,
 * non-breaking spaces only where a line must not break, and, when the newsroom turns it
 * on, typographic quotes and ellipsis. Pure functions over code points, so the paste
 * cleaner can run them over a paragraph whose text is split across bold, italic and links.
 */

export interface TypographyOptions {
  /** Straight quotes become “ ” and ‘ ’ (apostrophes ’). */
  quotes: boolean;
  /** Exactly three full stops become …. */
  ellipsis: boolean;
}

/** Off by default: a newsroom that keeps straight quotes for its site's fonts is not overruled. */
export const DEFAULT_TYPOGRAPHY: Readonly<TypographyOptions> = Object.freeze({ quotes: false, ellipsis: false });

/**
 * Never content: C0/C1 controls (the document schema refuses them), lone surrogates,
 * zero-width spaces, word joiners, byte-order marks and soft hyphens (Word's optional
 * hyphens, which break search and reach WordPress as stray hyphens).
 * Tab, newline and carriage return survive; callers turn them into spaces or breaks.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Spaces of every width become one plain space; the non-breaking ones are judged separately. */
const PLAIN_SPACE = /[\t\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/;
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/;
/**
 * What may follow a number across a non-breaking space that is kept: another digit group
 * ("1 000 000"), a sign or a unit ("50 %", "30 °C", "12 km"). A break there would strand
 * the sign or the unit at the start of a line, which is why the author chose it.
 * Elsewhere it was spacing (Word's fake indents, `<p>&nbsp;</p>`, Chrome's converted
 * spaces) and it would stop line wrapping and word search ("hòa bình"), so it becomes a space.
 * Before ":" or "?" (French style) there is no exception: Vietnamese sets no space there,
 * and a plain space is no worse than the non-breaking one the source had.
 */
const AFTER_NUMBER = /^(?:\d|%|‰|°|℃|(?:km²|km2|km|m²|m³|m2|m3|cm|mm|kg|ha|ml|kWh|kW|MW|USD|VND|đ|m|g|l|t)(?![\p{L}\p{N}]))/u;
const OPENS_QUOTE = /^[\s\u00a0([{“‘«—–\-/]$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Whether a space at the very start or end survives (one, collapsed). A block's edges are
 * trimmed; a plain-text paste keeps them, since " và hơn thế" is pasted into a sentence
 * and ProseMirror keeps the whitespace of pasted text as it comes.
 */
export interface Edges {
  keepStart: boolean;
  keepEnd: boolean;
}
const TRIM_EDGES: Edges = { keepStart: false, keepEnd: false };

/**
 * Tidies one block of text given as code points ("\n" stands for a hard line break) and
 * returns, index for index, what each code point becomes ("" when it goes), so a caller
 * holding formatted runs can cut the result back at the same boundaries.
 */
export function tidyChars(chars: readonly string[], options: Readonly<TypographyOptions> = DEFAULT_TYPOGRAPHY, edges: Edges = TRIM_EDGES): string[] {
  const out: string[] = new Array<string>(chars.length).fill('');
  // A space kept at the start is written as if after a word, so one survives the collapse rule.
  let previous = edges.keepStart ? 'x' : '';
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i] ?? '';
    // Fast path, most of any text: letters, digits and punctuation that no rule touches.
    const code = char.charCodeAt(0);
    if ((code > 0x20 && code < 0x7f && code !== 0x22 && code !== 0x27 && code !== 0x2e) || (code >= 0xc0 && code < 0x2000)) {
      out[i] = char;
      previous = char;
      continue;
    }
    if (char === '\r') char = ' ';
    if (PLAIN_SPACE.test(char)) char = ' ';
    if (NO_BREAK_SPACE.test(char)) {
      const lookahead = chars.slice(i + 1, i + 6).join('');
      char = /\d/.test(chars[i - 1] ?? '') && AFTER_NUMBER.test(lookahead) ? '\u00a0' : ' ';
    }
    if (char === ' ' && (previous === '' || previous === ' ' || previous === '\u00a0' || previous === '\n')) continue;
    if (options.quotes && (char === '"' || char === "'")) char = smartQuote(char, previous, chars[i + 1] ?? '');
    // The ellipsis takes its first full stop's slot; the other two stay empty.
    const slot = i;
    if (options.ellipsis && char === '.' && chars[i + 1] === '.' && chars[i + 2] === '.' && chars[i + 3] !== '.' && chars[i - 1] !== '.') {
      char = '…';
      i += 2;
    }
    out[slot] = char;
    previous = char;
  }
  // Spaces before a line break or at the end of the block are invisible and get in the way of the cursor.
  let trailing = !edges.keepEnd;
  for (let i = out.length - 1; i >= 0; i--) {
    const char = out[i] ?? '';
    if (char === '') continue;
    if (char === '\n') trailing = true;
    else if (trailing && (char === ' ' || char === '\u00a0')) out[i] = '';
    else trailing = false;
  }
  return out;
}

function smartQuote(quote: '"' | "'", previous: string, next: string): string {
  const opening = previous === '' || OPENS_QUOTE.test(previous);
  if (quote === '"') return opening ? '“' : '”';
  if (WORD_CHAR.test(previous) && WORD_CHAR.test(next)) return '’';
  return opening ? '‘' : '’';
}

/**
 * Plain text, line by line (each line becomes a paragraph when pasted). Lines are trimmed
 * except the outer edges of the whole text when `keepEdges` (a paste into a sentence).
 */
export function tidyText(text: string, options: Readonly<TypographyOptions> = DEFAULT_TYPOGRAPHY, keepEdges = false): string {
  const lines = stripInvisible(text).normalize('NFC').split(/\r\n?|\n/);
  return lines
    .map((line, index) => tidyChars(Array.from(line), options, { keepStart: keepEdges && index === 0, keepEnd: keepEdges && index === lines.length - 1 }).join(''))
    .join('\n');
}
