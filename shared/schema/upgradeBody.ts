import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { markSpec, nodeSpec } from './schemaIndex.ts';
import type { AttrSpecs } from './spec.ts';
import { acceptsValue } from './validateBody.ts';
import { clampHeadingLevel } from './values.ts';

/**
 * A body stored by an earlier build, brought into today's schema without losing anything
 * a reader sees, so the editor can open it and its next autosave passes validation:
 * - headings outside H2–H4 (the first editor allowed H1–H6) take the nearest level;
 * - a link whose href is not http, https or mailto is removed, its text kept;
 * - attributes the schema does not declare are dropped, and a value it does not accept
 *   goes back to the attribute's default (for a heading level, the nearest level).
 * Node types and structure are left alone: what cannot be mapped safely is the
 * validator's to refuse, not this function's to guess.
 */

function upgradeAttrs(attrs: Record<string, unknown> | undefined, specs: AttrSpecs | undefined): Record<string, unknown> | undefined {
  if (attrs === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attrs)) {
    const spec = specs !== undefined && Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (spec === undefined) continue;
    out[key] = acceptsValue(spec.accepts, value) ? value : spec.default;
  }
  return out;
}

function upgradeMarks(marks: readonly DocMark[]): DocMark[] {
  const out: DocMark[] = [];
  for (const mark of marks) {
    const spec = markSpec(mark.type);
    if (spec === undefined) {
      out.push(mark);
      continue;
    }
    const href = spec.attrs !== undefined && 'href' in spec.attrs ? spec.attrs.href : undefined;
    if (href !== undefined && !acceptsValue(href.accepts, mark.attrs?.href)) continue;
    const attrs = upgradeAttrs(mark.attrs, spec.attrs);
    out.push(attrs === undefined ? { type: mark.type } : { type: mark.type, attrs });
  }
  return out;
}

function upgradeNode(node: DocNode): DocNode {
  const spec = nodeSpec(node.type);
  const out: DocNode = { ...node };
  if (spec !== undefined && node.attrs !== undefined) {
    const attrs = upgradeAttrs(node.attrs, spec.attrs) ?? {};
    if (node.type === 'heading') attrs.level = clampHeadingLevel(node.attrs.level);
    out.attrs = attrs;
  }
  if (node.marks !== undefined) out.marks = upgradeMarks(node.marks);
  if (node.content !== undefined) out.content = node.content.map(upgradeNode);
  return out;
}

export function upgradeBody(doc: BodyDoc): BodyDoc {
  return { type: 'doc', content: doc.content.map(upgradeNode) };
}
