import { z } from 'zod';
import { MARK_NAMES } from '../schema/marks.ts';
import { NODE_NAMES } from '../schema/nodes.ts';
import { MAX_DOC_DEPTH, validateBody } from '../schema/validateBody.ts';

/**
 * The article body is stored as ProseMirror JSON. This module is the DOM-free
 * description of what a stored body may contain, so main can validate documents
 * it did not produce (IPC payloads, the CLI, later: pulled posts).
 */
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

export interface BodyDoc extends DocNode {
  type: 'doc';
  content: DocNode[];
}

/**
 * What a body may contain is the newsroom schema in `shared/schema/` (node and mark specs
 * as plain data, with content expressions and attribute rules); the editor's extensions
 * produce exactly that JSON and `shared/publish` maps it to WordPress. In short:
 * - blocks: `paragraph` (`textAlign`), `heading` (`level` 2–4), `bulletList`, `orderedList`,
 *   `listItem`, `blockquote`, `codeBlock`, `horizontalRule`, `pullQuote` (`citation`),
 *   `factBox` (`title`; paragraphs and lists), `figure` (`media`, `src`, `alt`, `caption`,
 *   `credit`, `remoteId`), `embed` (`url`, `provider`), `table` > `tableRow` >
 *   (`tableHeader` | `tableCell`) > one `paragraph`;
 * - inline: `text`, `hardBreak`;
 * - marks: `bold`, `italic`, `underline`, `strike`, `code`, `subscript`, `superscript`,
 *   `link` (`href` http, https or mailto only) and `editorNote`, the desk's own note,
 *   never published unless asked.
 */
export const BLOCK_TYPES = NODE_NAMES.filter((name) => name !== 'doc' && name !== 'text' && name !== 'hardBreak');
export const INLINE_TYPES = ['text', 'hardBreak'] as const;
export const MARK_TYPES = MARK_NAMES;

export { MAX_DOC_DEPTH };
/** About 1 MB of UTF-16: a very long feature is ~100 KB of JSON. */
export const MAX_DOC_JSON_LENGTH = 1_000_000;

export function emptyDoc(): BodyDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * Validates an untrusted body and returns it with every string in NFC.
 * Unknown node types are refused rather than dropped: dropping would lose text.
 */
export const bodyDocSchema = z.unknown().transform((value, ctx): BodyDoc => {
  const size = JSON.stringify(value ?? null).length;
  if (size > MAX_DOC_JSON_LENGTH) {
    ctx.addIssue({ code: 'custom', message: 'document too large', params: { reason: 'documentTooLarge' } });
    return z.NEVER;
  }
  const result = validateBody(value);
  if (result.doc === undefined) {
    for (const issue of result.issues) {
      ctx.addIssue({ code: 'custom', message: issue.reason, path: issue.path, params: { reason: issue.reason } });
    }
    return z.NEVER;
  }
  return result.doc;
});

const BLOCK_SEPARATED: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock', 'listItem', 'blockquote', 'pullQuote', 'tableCell', 'tableHeader']);

export interface PlainTextOptions {
  /** The desk's notes (`editorNote`) are not article text: left out of exports and counts unless `'keep'`. */
  editorNotes?: 'strip' | 'keep';
}

const isEditorNote = (node: DocNode) => node.marks?.some((mark) => mark.type === 'editorNote') === true;

/** Plain text of a body: blocks separated by blank lines, as a reporter would paste it. */
export function docToPlainText(doc: DocNode, options: PlainTextOptions = {}): string {
  const keepNotes = options.editorNotes === 'keep';
  const blocks: string[] = [];
  const inline = (node: DocNode): string => {
    if (!keepNotes && isEditorNote(node)) return '';
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return '\n';
    return (node.content ?? []).map(inline).join('');
  };
  const walk = (node: DocNode): void => {
    const children = node.content ?? [];
    const hasBlockChildren = children.some((child) => child.type !== 'text' && child.type !== 'hardBreak');
    if (BLOCK_SEPARATED.has(node.type) && !hasBlockChildren) {
      blocks.push(inline(node));
      return;
    }
    // A fact box's title is printed above its text, like a heading.
    if (node.type === 'factBox' && typeof node.attrs?.title === 'string') blocks.push(node.attrs.title);
    children.forEach(walk);
  };
  walk(doc);
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

/** Paragraphs from plain text: blank lines split paragraphs, single newlines become line breaks. */
export function docFromPlainText(text: string): BodyDoc {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  if (paragraphs.length === 0) return emptyDoc();
  return {
    type: 'doc',
    content: paragraphs.map((block) => {
      const content: DocNode[] = [];
      block.split('\n').forEach((line, index) => {
        if (index > 0) content.push({ type: 'hardBreak' });
        if (line !== '') content.push({ type: 'text', text: line.normalize('NFC') });
      });
      return { type: 'paragraph', content };
    }),
  };
}
