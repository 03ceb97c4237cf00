import type { BodyDoc, DocNode } from '../domain/articleBody.ts';

/**
 * Editor's notes (`editorNote` marks) are the desk talking to itself inside the body:
 * "kiểm tra lại số liệu", "chờ ảnh". They never reach the site, nor an export, unless a
 * caller asks to keep them. Removing one leaves the sentence around it as if the note had
 * never been typed: the doubled space at the seam goes, and a paragraph that held only a
 * note goes with it (containers left empty get their minimum back in normalisation).
 */

const isNote = (node: DocNode) => node.marks?.some((mark) => mark.type === 'editorNote') === true;
const isInline = (node: DocNode) => node.type === 'text' || node.type === 'hardBreak';

/** Inline content without its notes; undefined when nothing but notes was there. */
function stripInline(nodes: readonly DocNode[]): DocNode[] | undefined {
  const out: DocNode[] = [];
  let removed = false;
  let seam = false;
  for (const node of nodes) {
    if (isNote(node)) {
      removed = true;
      seam = true;
      continue;
    }
    let next = node;
    const last = out[out.length - 1];
    // "tăng [note] 5%" reads "tăng 5%", and a note that opened the paragraph leaves no indent.
    if (seam && node.type === 'text' && (last === undefined || (last.type === 'text' && /\s$/.test(last.text ?? '')))) {
      const text = (node.text ?? '').replace(/^[ \t\u00a0]+/, '');
      if (text === '') continue;
      next = { ...node, text };
    }
    seam = false;
    out.push(next);
  }
  const last = out[out.length - 1];
  if (seam && last?.type === 'text') {
    const text = (last.text ?? '').replace(/[ \t\u00a0]+$/, '');
    if (text === '') out.pop();
    else out[out.length - 1] = { ...last, text };
  }
  return removed && out.length === 0 && nodes.length > 0 ? undefined : out;
}

function stripNode(node: DocNode): DocNode | undefined {
  const content = node.content;
  if (content === undefined) return node;
  if (content.some(isInline)) {
    const inline = stripInline(content);
    return inline === undefined ? undefined : { ...node, content: inline };
  }
  return { ...node, content: content.map(stripNode).filter((child): child is DocNode => child !== undefined) };
}

/** The body without its editor's notes. */
export function stripEditorNotes(doc: BodyDoc): BodyDoc {
  return { type: 'doc', content: doc.content.map(stripNode).filter((child): child is DocNode => child !== undefined) };
}

/** True when the body holds at least one editor's note. */
export function hasEditorNotes(doc: DocNode): boolean {
  return isNote(doc) || (doc.content ?? []).some(hasEditorNotes);
}
