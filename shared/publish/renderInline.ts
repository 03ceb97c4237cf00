import type { DocMark, DocNode } from '../domain/articleBody.ts';
import { escapeAttribute, escapeText } from './entities.ts';
import { EDITOR_NOTE_CLASS } from './nodes.ts';

/**
 * Inline content to the HTML WordPress 6.1's rich text formats produce
 * (`wp-includes/js/dist/format-library.js`). Underline has no toolbar button in
 * WordPress but does exist: Ctrl+U applies `core/underline`, a
 * `<span style="text-decoration: underline;">`, so that is what we write; a bare
 * `<u>` would survive kses too but the block editor would not know it as a format.
 */
const OPEN: Record<string, string> = {
  // Only reached when the caller keeps editor's notes (see `renderPublishHtml`).
  editorNote: `<mark class="${EDITOR_NOTE_CLASS}">`,
  bold: '<strong>',
  italic: '<em>',
  underline: '<span style="text-decoration: underline;">',
  strike: '<s>',
  code: '<code>',
  subscript: '<sub>',
  superscript: '<sup>',
};
const CLOSE: Record<string, string> = {
  editorNote: '</mark>',
  bold: '</strong>',
  italic: '</em>',
  underline: '</span>',
  strike: '</s>',
  code: '</code>',
  subscript: '</sub>',
  superscript: '</sup>',
};

function open(mark: DocMark): string {
  if (mark.type === 'link') return `<a href="${escapeAttribute(String(mark.attrs?.href ?? ''))}">`;
  return OPEN[mark.type] ?? '';
}

function close(mark: DocMark): string {
  return mark.type === 'link' ? '</a>' : (CLOSE[mark.type] ?? '');
}

function sameMark(a: DocMark | undefined, b: DocMark | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.attrs?.href === b.attrs?.href;
}

/**
 * Expects normalised inline content (marks in canonical order). Like ProseMirror's
 * DOM serializer, a mark stays open across neighbours that share it, so
 * `**bold _both_**` is one `<strong>` around an `<em>`, not two `<strong>`s.
 */
export function renderInline(nodes: readonly DocNode[] | undefined): string {
  let html = '';
  const openMarks: DocMark[] = [];
  for (const node of nodes ?? []) {
    const marks = node.type === 'text' ? (node.marks ?? []) : [];
    let keep = 0;
    while (keep < openMarks.length && sameMark(openMarks[keep], marks[keep])) keep++;
    html += openMarks.splice(keep).reverse().map(close).join('');
    for (const mark of marks.slice(keep)) {
      html += open(mark);
      openMarks.push(mark);
    }
    if (node.type === 'hardBreak') html += '<br>';
    else if (node.type === 'text') html += escapeText(node.text ?? '');
  }
  html += openMarks.reverse().map(close).join('');
  return html;
}
