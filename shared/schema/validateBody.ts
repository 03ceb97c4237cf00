import type { BodyDoc, DocMark, DocNode } from '../domain/articleBody.ts';
import { hasForbiddenControl, hasUnpairedSurrogate } from '../text/safeText.ts';
import { allowsMark, contentMatches, markSpec, nodeSpec } from './schemaIndex.ts';
import type { AttrRule, AttrSpecs } from './spec.ts';
import { hasScheme } from './values.ts';

/**
 * Checks an untrusted body against the newsroom schema (`nodes.ts`, `marks.ts`) the way
 * ProseMirror's `Node.check()` would, plus what ProseMirror leaves to the app: attribute
 * values, link schemes, text hygiene and size. Unknown node types, unknown attributes and
 * content a node cannot hold are refused rather than dropped or repaired: TipTap opens a
 * document it cannot read as an empty one, and the next autosave would store that.
 *
 * Mark exclusions (`code` with other marks, subscript with superscript) are editing
 * rules, not storage rules: posts written on the site carry such sets, publish fine, and
 * refusing them would make a pulled article impossible to save.
 */

export interface BodyIssue {
  /** An `errors.reason.*` key. */
  reason: 'invalidDocument' | 'invalidText' | 'documentTooDeep';
  path: (string | number)[];
}

/** A real article nests a few levels (list in quote in list); 64 is far beyond that. */
export const MAX_DOC_DEPTH = 64;

type Path = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function acceptsValue(rule: AttrRule, value: unknown): boolean {
  if ('oneOf' in rule) return rule.oneOf.includes(value as never);
  if (value === null) return rule.nullable === true;
  switch (rule.kind) {
    case 'text':
      return typeof value === 'string';
    case 'pattern':
      return typeof value === 'string' && new RegExp(rule.pattern).test(value);
    case 'integer':
      return (
        typeof value === 'number' && Number.isSafeInteger(value) && (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max)
      );
    case 'url':
      return typeof value === 'string' && hasScheme(value, rule.schemes);
  }
}

class BodyChecker {
  readonly issues: BodyIssue[] = [];

  private add(reason: BodyIssue['reason'], path: Path): void {
    this.issues.push({ reason, path });
  }

  /** Attributes, NFC; every key must be declared and every value accepted by its rule. */
  private attrs(value: unknown, specs: AttrSpecs | undefined, path: Path): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isPlainObject(value)) {
      this.add('invalidDocument', path);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(value)) {
      const spec = specs !== undefined && Object.hasOwn(specs, key) ? specs[key] : undefined;
      let attr = raw;
      if (typeof raw === 'string') {
        if (hasUnpairedSurrogate(raw)) this.add('invalidText', [...path, key]);
        attr = raw.normalize('NFC');
      }
      if (spec === undefined || !acceptsValue(spec.accepts, attr)) this.add('invalidDocument', [...path, key]);
      // `null` where null is the default says nothing: TipTap writes `textAlign: null` on every paragraph.
      else if (attr === null && spec.default === null) continue;
      out[key] = attr;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  private marks(value: unknown, parentType: string, path: Path): DocMark[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      this.add('invalidDocument', path);
      return undefined;
    }
    const marks: DocMark[] = [];
    const seen = new Set<string>();
    value.forEach((mark: unknown, index) => {
      const markPath = [...path, index];
      const spec = isPlainObject(mark) && typeof mark.type === 'string' ? markSpec(mark.type) : undefined;
      if (!isPlainObject(mark) || typeof mark.type !== 'string' || spec === undefined || seen.has(mark.type) || !allowsMark(parentType, mark.type)) {
        this.add('invalidDocument', markPath);
        return;
      }
      seen.add(mark.type);
      const clean: DocMark = { type: mark.type };
      const attrs = this.attrs(mark.attrs, spec.attrs, [...markPath, 'attrs']);
      if (attrs !== undefined) clean.attrs = attrs;
      // A mark whose required attribute is missing (a link without href) means nothing.
      for (const [key, attr] of Object.entries(spec.attrs ?? {})) {
        if (clean.attrs?.[key] === undefined && !acceptsValue(attr.accepts, attr.default)) this.add('invalidDocument', [...markPath, 'attrs', key]);
      }
      marks.push(clean);
    });
    return marks;
  }

  node(value: unknown, parentType: string, path: Path, depth: number): DocNode | undefined {
    if (depth > MAX_DOC_DEPTH) {
      this.add('documentTooDeep', path);
      return undefined;
    }
    const spec = isPlainObject(value) && typeof value.type === 'string' && value.type !== 'doc' ? nodeSpec(value.type) : undefined;
    if (!isPlainObject(value) || typeof value.type !== 'string' || spec === undefined) {
      this.add('invalidDocument', path);
      return undefined;
    }
    const node: DocNode = { type: value.type };
    const attrs = this.attrs(value.attrs, spec.attrs, [...path, 'attrs']);
    if (attrs !== undefined) node.attrs = attrs;
    // An embed without a URL, or any attribute whose default is not itself acceptable, must be given.
    for (const [key, attr] of Object.entries(spec.attrs ?? {})) {
      if (attrs?.[key] === undefined && !acceptsValue(attr.accepts, attr.default)) this.add('invalidDocument', [...path, 'attrs', key]);
    }
    if (value.type === 'text') {
      if (typeof value.text !== 'string' || value.text.length === 0) {
        this.add('invalidDocument', [...path, 'text']);
        return undefined;
      }
      if (hasUnpairedSurrogate(value.text) || hasForbiddenControl(value.text)) this.add('invalidText', [...path, 'text']);
      node.text = value.text.normalize('NFC');
    } else if (value.text !== undefined) {
      this.add('invalidDocument', [...path, 'text']);
    }
    const marks = this.marks(value.marks, parentType, [...path, 'marks']);
    if (marks !== undefined) node.marks = marks;
    if (value.content !== undefined) {
      if (!Array.isArray(value.content)) this.add('invalidDocument', [...path, 'content']);
      else {
        const content = this.children(value.content, value.type, path, depth);
        // ProseMirror writes no `content` for an empty node; `[]` means the same.
        if (content.length > 0 || spec.content !== undefined) node.content = content;
      }
    } else if (!contentMatches(value.type, [])) {
      this.add('invalidDocument', [...path, 'content']);
    }
    return node;
  }

  children(values: readonly unknown[], parentType: string, path: Path, depth: number): DocNode[] {
    const content: DocNode[] = [];
    let complete = true;
    values.forEach((child, index) => {
      const clean = this.node(child, parentType, [...path, 'content', index], depth + 1);
      if (clean !== undefined) content.push(clean);
      else complete = false;
    });
    // Only judged when every child was readable: one bad child is reported once, at its place.
    if (complete && !contentMatches(parentType, content.map((child) => child.type))) this.add('invalidDocument', [...path, 'content']);
    return content;
  }
}

/**
 * The body with every string in NFC when it conforms, and the issues otherwise, each
 * with the JSON path of the offending part (`['content', 2, 'marks', 0, 'attrs', 'href']`).
 * Attributes that are `null` where `null` is their default are left out (absent means the
 * default), so stored bodies stay as compact as those built from plain text or templates.
 */
export function validateBody(value: unknown): { doc: BodyDoc; issues: BodyIssue[] } | { doc?: undefined; issues: BodyIssue[] } {
  if (!isPlainObject(value) || value.type !== 'doc' || !Array.isArray(value.content)) {
    return { issues: [{ reason: 'invalidDocument', path: [] }] };
  }
  const checker = new BodyChecker();
  const content = checker.children(value.content, 'doc', [], 0);
  if (checker.issues.length > 0) return { issues: checker.issues };
  return { doc: { type: 'doc', content }, issues: [] };
}
