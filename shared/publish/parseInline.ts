import type { DocMark, DocNode } from '../domain/articleBody.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';
import { hasClass } from './htmlTree.ts';
import { EDITOR_NOTE_CLASS, safeHref } from './nodes.ts';
import { warn } from './parseContext.ts';
import type { ParseContext } from './parseContext.ts';
import { blocksFromElement, isBlockElement } from './parseElements.ts';

/**
 * Inline HTML to our inline nodes. Text is kept raw here (whitespace is settled when a
 * run becomes a textblock, in `parseFlow.ts`); block content met inside inline content
 * (an `<img>` in a `<p>`, a `<div>` in a `<span>`) is handed up as blocks to hoist.
 */
export type InlinePiece =
  | { kind: 'inline'; node: DocNode }
  /** `hoisted`: block content found inside inline content, like the image in `<p><img></p>`. */
  | { kind: 'blocks'; blocks: DocNode[]; hoisted?: boolean }
  /** A blank line in classic content: `wpautop` starts a new paragraph there. */
  | { kind: 'break' };

/** A Map, not an object: a tag named `constructor` must not find `Object.prototype`'s. */
const TAG_MARKS: ReadonlyMap<string, string> = new Map([
  ['strong', 'bold'],
  ['b', 'bold'],
  ['em', 'italic'],
  ['i', 'italic'],
  ['u', 'underline'],
  ['s', 'strike'],
  ['strike', 'strike'],
  ['del', 'strike'],
  ['code', 'code'],
  ['sub', 'subscript'],
  ['sup', 'superscript'],
]);

/** Formatting pasted from Word or Google Docs, and WordPress's own underline span. */
function styleMarks(style: string): string[] {
  const marks: string[] = [];
  const declaration = (property: string) => new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]*)`, 'i').exec(style)?.[1]?.trim().toLowerCase() ?? '';
  const decoration = `${declaration('text-decoration')} ${declaration('text-decoration-line')}`;
  const weight = declaration('font-weight');
  if (weight === 'bold' || weight === 'bolder' || Number.parseInt(weight, 10) >= 600) marks.push('bold');
  if (declaration('font-style') === 'italic') marks.push('italic');
  if (decoration.includes('underline')) marks.push('underline');
  if (decoration.includes('line-through')) marks.push('strike');
  return marks;
}

function pushText(text: string, marks: readonly DocMark[], context: ParseContext, out: InlinePiece[]): void {
  const parts = context.classic ? text.split(/\n[\t\f\r ]*\n[\t\n\f\r ]*/) : [text];
  parts.forEach((part, index) => {
    if (index > 0) out.push({ kind: 'break' });
    if (part !== '') out.push({ kind: 'inline', node: marks.length > 0 ? { type: 'text', text: part, marks: [...marks] } : { type: 'text', text: part } });
  });
}

function pushElement(element: HtmlElement, marks: readonly DocMark[], context: ParseContext, out: InlinePiece[]): void {
  const name = element.name;
  if (name === 'br') {
    out.push({ kind: 'inline', node: { type: 'hardBreak' } });
    return;
  }
  if (name === 'wbr') return;
  if (name === 'img' || name === 'iframe' || isBlockElement(name)) {
    if (name === 'img' && marks.some((mark) => mark.type === 'link')) warn(context, 'imageLinkDropped');
    out.push({ kind: 'blocks', blocks: blocksFromElement(element, context), hoisted: true });
    return;
  }
  if (name === 'script' || name === 'style' || name === 'template') {
    warn(context, `droppedElement:${name}`);
    return;
  }
  const added: DocMark[] = [];
  const tagMark = TAG_MARKS.get(name);
  if (tagMark !== undefined) added.push({ type: tagMark });
  else if (name === 'a') {
    const href = element.attrs.get('href');
    const safe = safeHref(href);
    if (safe !== undefined) added.push({ type: 'link', attrs: { href: safe } });
    else if (href !== undefined && href.trim() !== '') warn(context, 'unsafeLinkDropped');
  } else if (name === 'span') {
    added.push(...styleMarks(element.attrs.get('style') ?? '').map((type) => ({ type })));
  } else if (name === 'mark' && hasClass(element, EDITOR_NOTE_CLASS)) {
    // Only in a copy made with `keepEditorNotes`; the site's own <mark> (text colour) is not a note.
    added.push({ type: 'editorNote' });
  } else warn(context, `unknownElement:${name}`);
  const style = name !== 'span' ? styleMarks(element.attrs.get('style') ?? '').map((type) => ({ type })) : [];
  pushInline(element.children, [...marks, ...added, ...style], context, out);
}

/** Appends the pieces for `nodes`, each text carrying `marks` plus its own. */
export function pushInline(nodes: readonly HtmlNode[], marks: readonly DocMark[], context: ParseContext, out: InlinePiece[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') pushText(node.text, marks, context, out);
    else if (node.kind === 'element') pushElement(node, marks, context, out);
  }
}
