import { decodeEntities } from './entities.ts';

/**
 * A small, forgiving HTML tokenizer: enough of the HTML5 tokenizer for post content
 * (tags, attributes with or without quotes, comments, raw-text elements, references),
 * never throwing, never dropping text. `shared/` has no DOMParser, and pulling a full
 * HTML parser package into every side for post bodies would be out of proportion.
 */
export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'startTag'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'endTag'; name: string }
  | { kind: 'comment'; data: string };

/** Their content is not markup; script and style are dropped later, the rest read as text. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const ESCAPABLE_RAW_TEXT: ReadonlySet<string> = new Set(['textarea', 'title']);

const WHITESPACE = /[\t\n\f\r ]/;

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char);
}

interface TagScan {
  token: HtmlToken;
  end: number;
}

/** Reads `<name attr=value …>` starting at `start` (the `<`); undefined when the tag never closes. */
function scanStartTag(html: string, start: number): TagScan | undefined {
  let pos = start + 1;
  while (pos < html.length && !WHITESPACE.test(html[pos] ?? '') && html[pos] !== '/' && html[pos] !== '>') pos++;
  const name = html.slice(start + 1, pos).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (pos < html.length) {
    const char = html[pos] ?? '';
    if (WHITESPACE.test(char)) {
      pos++;
      continue;
    }
    if (char === '>') return { token: { kind: 'startTag', name, attrs, selfClosing }, end: pos + 1 };
    if (char === '/') {
      selfClosing = html[pos + 1] === '>';
      pos++;
      continue;
    }
    selfClosing = false;
    const nameStart = pos;
    pos++;
    while (pos < html.length && !/[\t\n\f\r />=]/.test(html[pos] ?? '')) pos++;
    const attrName = html.slice(nameStart, pos).toLowerCase();
    while (pos < html.length && WHITESPACE.test(html[pos] ?? '')) pos++;
    let value = '';
    if (html[pos] === '=') {
      pos++;
      while (pos < html.length && WHITESPACE.test(html[pos] ?? '')) pos++;
      const quote = html[pos];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, pos + 1);
        if (close === -1) return undefined;
        value = html.slice(pos + 1, close);
        pos = close + 1;
      } else {
        const valueStart = pos;
        while (pos < html.length && !WHITESPACE.test(html[pos] ?? '') && html[pos] !== '>') pos++;
        value = html.slice(valueStart, pos);
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value, true));
  }
  return undefined;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flushText = () => {
    if (text !== '') tokens.push({ kind: 'text', text: decodeEntities(text) });
    text = '';
  };
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      text += html.slice(pos);
      break;
    }
    text += html.slice(pos, lt);
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      flushText();
      // `<!-->` and `<!--->` are complete (empty) comments in HTML.
      const abrupt = /^<!--->?|^<!-->/.exec(html.slice(lt, lt + 5));
      if (abrupt !== null && abrupt[0].endsWith('>')) {
        tokens.push({ kind: 'comment', data: '' });
        pos = lt + abrupt[0].length;
        continue;
      }
      const close = html.indexOf('-->', lt + 4);
      tokens.push({ kind: 'comment', data: html.slice(lt + 4, close === -1 ? html.length : close) });
      pos = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      // Doctype, CDATA in HTML content, processing instructions: bogus comments, no content.
      flushText();
      const closer = html.startsWith('<![CDATA[', lt) ? ']]>' : '>';
      const close = html.indexOf(closer, lt + 2);
      pos = close === -1 ? html.length : close + closer.length;
    } else if (next === '/' && isAsciiLetter(html[lt + 2])) {
      flushText();
      let end = lt + 2;
      while (end < html.length && !/[\t\n\f\r />]/.test(html[end] ?? '')) end++;
      const name = html.slice(lt + 2, end).toLowerCase();
      const close = html.indexOf('>', end);
      tokens.push({ kind: 'endTag', name });
      pos = close === -1 ? html.length : close + 1;
    } else if (isAsciiLetter(next)) {
      const scan = scanStartTag(html, lt);
      if (scan === undefined) {
        // An unterminated tag at the very end: keep it as the text it is.
        text += html.slice(lt);
        break;
      }
      flushText();
      tokens.push(scan.token);
      pos = scan.end;
      const name = scan.token.kind === 'startTag' ? scan.token.name : '';
      if (RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) {
        const closer = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'i');
        const match = closer.exec(html.slice(pos));
        const contentEnd = match === null ? html.length : pos + match.index;
        const content = html.slice(pos, contentEnd);
        if (content !== '') tokens.push({ kind: 'text', text: ESCAPABLE_RAW_TEXT.has(name) ? decodeEntities(content) : content });
        pos = contentEnd;
      }
    } else {
      // `a < b`, `</>`, `<3`: a literal less-than sign.
      text += '<';
      pos = lt + 1;
    }
  }
  flushText();
  return tokens;
}
