import type { ArticleFields } from '../domain/article.ts';
import { docFromPlainText, type BodyDoc, type DocNode } from '../domain/articleBody.ts';
import { countWords } from '../text/wordCount.ts';

/**
 * How a newsroom lays out an article in a plain document, read back into fields:
 * - the first non-empty line is the title;
 * - a paragraph opening with a source in parentheses and " - " ("(QTO) - Chiều nay …")
 *   is the sapo, and the source is kept as its prefix;
 * - a short last line standing alone ("Minh Đức") is the pen name;
 * - what web pages leave around a story (view counters, "Go top", polls, share buttons) goes.
 */

const SOURCE_SAPO = /^\(([^()\n]{1,24})\)\s*[-–—]\s+\S/u;
const LEFTOVERS = [
  /^(lượt xem|số lượt xem|views?)\s*:?\s*[\d.,]+$/iu,
  /^(go top|về đầu trang|lên đầu trang|đầu trang|back to top|top)$/iu,
  /^(chia sẻ|share|in bài|in trang|gửi email|gửi bài viết|bình luận|tweet|facebook|twitter|zalo|email|print)(\s*[|·•/]\s*(chia sẻ|share|in bài|gửi email|facebook|twitter|zalo|email|print))*$/iu,
  /^(bình chọn|thăm dò ý kiến|kết quả bình chọn|poll)\b.*$/iu,
  /^(tin liên quan|bài liên quan|related( articles)?|xem thêm|đọc thêm)\s*:?$/iu,
  /^(trang chủ|home)(\s*[>»/]\s*[^>»/]+)*$/iu,
];
/** A pen name: a few words, no full stop, nothing a sentence would have. */
const BYLINE = /^[\p{Lu}][\p{L}\s.'-]{1,60}$/u;

export const isLeftover = (line: string) => LEFTOVERS.some((pattern) => pattern.test(line.trim()));

/** The blocks of a plain document (text or a converted file) as the convention reads them. */
export interface PlainBlock {
  text: string;
  /** The block as a document node, when it came from a structured file: kept as it was. */
  node?: DocNode;
  /** Set for a paragraph aligned right: the usual way a pen name is set. */
  alignedRight?: boolean;
}

export function applyConvention(blocks: readonly PlainBlock[]): Pick<ArticleFields, 'title' | 'sapo' | 'body' | 'byline'> {
  const kept = blocks.filter((block) => block.text.trim() !== '' && !isLeftover(block.text));
  const [first, ...rest] = kept;
  const title = (first?.text ?? '').replace(/\s+/g, ' ').trim();
  let sapo = '';
  const sapoAt = rest.findIndex((block) => SOURCE_SAPO.test(block.text.trim()));
  // Only near the top: a "(…) - " twenty paragraphs down is a quote, not the lead.
  if (sapoAt !== -1 && sapoAt <= 1) {
    sapo = rest[sapoAt]?.text.replace(/\s+/g, ' ').trim() ?? '';
    rest.splice(sapoAt, 1);
  }
  let byline = '';
  const last = rest[rest.length - 1];
  if (last !== undefined && rest.length > 1) {
    const text = last.text.trim();
    if ((last.alignedRight === true || BYLINE.test(text)) && countWords(text) <= 5 && !/[.!?:;]$/.test(text)) {
      byline = text;
      rest.pop();
    }
  }
  const body: BodyDoc = rest.some((block) => block.node !== undefined)
    ? { type: 'doc', content: rest.map((block) => block.node ?? { type: 'paragraph', content: [{ type: 'text', text: block.text }] }) }
    : docFromPlainText(rest.map((block) => block.text).join('\n\n'));
  if (body.content.length === 0) body.content.push({ type: 'paragraph' });
  return { title, sapo, body, byline };
}

/**
 * Plain text in blocks: blank lines separate paragraphs; inside a chunk, lines that wrap
 * one paragraph (long, not ending a sentence) are joined, and other lines (a title right
 * above its lead, text copied from a web page) are blocks of their own.
 */
export function plainTextBlocks(text: string): PlainBlock[] {
  const chunks = text.replace(/\r\n?/g, '\n').normalize('NFC').split(/\n\s*\n/);
  return chunks.flatMap(splitChunk).map((line) => ({ text: line })).filter((block) => block.text !== '');
}

const ENDS_SENTENCE = /[.!?…:"”)]$/u;

function splitChunk(chunk: string): string[] {
  const lines = chunk.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    // A long line that stops mid-sentence was wrapped: the next line continues it.
    if (previous !== undefined && previous.length >= 60 && !ENDS_SENTENCE.test(previous)) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}
