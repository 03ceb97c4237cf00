import { z } from 'zod';
import { hasForbiddenControl, hasUnpairedSurrogate } from '../text/safeText.ts';

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
 * Node types a body may contain: TipTap StarterKit's, plus the newsroom's (the editor's
 * extensions must produce exactly this JSON; `shared/publish` maps it to WordPress):
 * - `pullQuote`: block, inline content (text, hardBreak), `attrs: { citation?: string }`.
 * - `figure`: block atom. `attrs`: `media` string | null, the sha256 hex of a locally stored
 *   image; `src` string | null, the remote URL (after upload, or when pulled from the site);
 *   `alt`, `caption`, `credit` strings; `remoteId` number | null, the WordPress attachment id.
 * - `table` > `tableRow` > (`tableHeader` | `tableCell`) > `paragraph`: TipTap's table shape.
 * - `embed`: block atom, `attrs: { url: string, provider: 'youtube' | 'facebook' | 'tiktok' | 'other' }`.
 * - `paragraph` may carry `attrs.textAlign`: 'left' | 'center' | 'right' | 'justify' | null.
 */
export const BLOCK_TYPES = [
  'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote',
  'codeBlock', 'horizontalRule',
  'pullQuote', 'figure', 'table', 'tableRow', 'tableHeader', 'tableCell', 'embed',
] as const;
export const INLINE_TYPES = ['text', 'hardBreak'] as const;
/** `link` carries `attrs.href`; `subscript` and `superscript` carry nothing. */
export const MARK_TYPES = ['bold', 'italic', 'strike', 'code', 'underline', 'link', 'subscript', 'superscript'] as const;

/** Attribute rules of the newsroom nodes (types only; absent means the editor's default). */
const NEWSROOM_ATTRS: Record<string, Record<string, (value: unknown) => boolean>> = {
  paragraph: { textAlign: (value) => value === null || ['left', 'center', 'right', 'justify'].includes(String(value)) },
  pullQuote: { citation: (value) => value === null || typeof value === 'string' },
  figure: {
    media: (value) => value === null || (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)),
    src: (value) => value === null || typeof value === 'string',
    alt: (value) => typeof value === 'string',
    caption: (value) => typeof value === 'string',
    credit: (value) => typeof value === 'string',
    remoteId: (value) => value === null || (typeof value === 'number' && Number.isInteger(value) && value > 0),
  },
  embed: {
    url: (value) => typeof value === 'string',
    provider: (value) => ['youtube', 'facebook', 'tiktok', 'other'].includes(String(value)),
  },
};

const NODE_TYPES: ReadonlySet<string> = new Set<string>([...BLOCK_TYPES, ...INLINE_TYPES]);
const MARKS: ReadonlySet<string> = new Set<string>(MARK_TYPES);

/** A real article nests a few levels (list in quote in list); 64 is far beyond that. */
export const MAX_DOC_DEPTH = 64;
/** About 1 MB of UTF-16: a very long feature is ~100 KB of JSON. */
export const MAX_DOC_JSON_LENGTH = 1_000_000;

export function emptyDoc(): BodyDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

type Issue = { reason: string; path: (string | number)[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanAttrs(value: unknown, path: (string | number)[], issues: Issue[]): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    issues.push({ reason: 'invalidDocument', path });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [key, attr] of Object.entries(value)) {
    if (attr === null || typeof attr === 'number' || typeof attr === 'boolean') out[key] = attr;
    else if (typeof attr === 'string') {
      if (hasUnpairedSurrogate(attr)) issues.push({ reason: 'invalidText', path: [...path, key] });
      out[key] = attr.normalize('NFC');
    } else issues.push({ reason: 'invalidDocument', path: [...path, key] });
  }
  return out;
}

function cleanNode(value: unknown, path: (string | number)[], depth: number, issues: Issue[]): DocNode | undefined {
  if (depth > MAX_DOC_DEPTH) {
    issues.push({ reason: 'documentTooDeep', path });
    return undefined;
  }
  if (!isPlainObject(value) || typeof value.type !== 'string' || !NODE_TYPES.has(value.type)) {
    issues.push({ reason: 'invalidDocument', path });
    return undefined;
  }
  const node: DocNode = { type: value.type };
  const attrs = cleanAttrs(value.attrs, [...path, 'attrs'], issues);
  if (attrs !== undefined) node.attrs = attrs;
  for (const [key, valid] of Object.entries(NEWSROOM_ATTRS[value.type] ?? {})) {
    if (attrs !== undefined && key in attrs && !valid(attrs[key])) issues.push({ reason: 'invalidDocument', path: [...path, 'attrs', key] });
  }
  if (value.type === 'text') {
    if (typeof value.text !== 'string' || value.text.length === 0) {
      issues.push({ reason: 'invalidDocument', path: [...path, 'text'] });
      return undefined;
    }
    if (hasUnpairedSurrogate(value.text) || hasForbiddenControl(value.text)) {
      issues.push({ reason: 'invalidText', path: [...path, 'text'] });
    }
    node.text = value.text.normalize('NFC');
  } else if (value.text !== undefined) {
    issues.push({ reason: 'invalidDocument', path: [...path, 'text'] });
  }
  if (value.marks !== undefined) {
    if (!Array.isArray(value.marks)) issues.push({ reason: 'invalidDocument', path: [...path, 'marks'] });
    else {
      node.marks = [];
      value.marks.forEach((mark, index) => {
        const markPath = [...path, 'marks', index];
        if (!isPlainObject(mark) || typeof mark.type !== 'string' || !MARKS.has(mark.type)) {
          issues.push({ reason: 'invalidDocument', path: markPath });
          return;
        }
        const cleanMark: DocMark = { type: mark.type };
        const markAttrs = cleanAttrs(mark.attrs, [...markPath, 'attrs'], issues);
        if (markAttrs !== undefined) cleanMark.attrs = markAttrs;
        node.marks?.push(cleanMark);
      });
    }
  }
  if (value.content !== undefined) {
    if (!Array.isArray(value.content) || value.type === 'text') {
      issues.push({ reason: 'invalidDocument', path: [...path, 'content'] });
    } else {
      node.content = [];
      value.content.forEach((child, index) => {
        const clean = cleanNode(child, [...path, 'content', index], depth + 1, issues);
        if (clean !== undefined) node.content?.push(clean);
      });
    }
  }
  return node;
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
  if (!isPlainObject(value) || value.type !== 'doc' || !Array.isArray(value.content)) {
    ctx.addIssue({ code: 'custom', message: 'not a document', params: { reason: 'invalidDocument' } });
    return z.NEVER;
  }
  const issues: Issue[] = [];
  const content: DocNode[] = [];
  value.content.forEach((child, index) => {
    const clean = cleanNode(child, ['content', index], 1, issues);
    if (clean !== undefined) content.push(clean);
  });
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', message: issue.reason, path: issue.path, params: { reason: issue.reason } });
  }
  if (issues.length > 0) return z.NEVER;
  return { type: 'doc', content };
});

const BLOCK_SEPARATED: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock', 'listItem', 'blockquote', 'pullQuote', 'tableCell', 'tableHeader']);

/** Plain text of a body: blocks separated by blank lines, as a reporter would paste it. */
export function docToPlainText(doc: DocNode): string {
  const blocks: string[] = [];
  const inline = (node: DocNode): string => {
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
