import { compileContentExpression } from './contentExpression.ts';
import type { TypesByName } from './contentExpression.ts';
import { MARK_SPECS } from './marks.ts';
import { NODE_SPECS } from './nodes.ts';
import type { MarkSpecData, NodeSpecData } from './spec.ts';

/**
 * Lookups derived once from the specs: each node's compiled content matcher and the
 * marks its inline content admits. Kept apart from the specs so they stay plain data.
 */

const NODES: ReadonlyMap<string, NodeSpecData> = new Map(Object.entries(NODE_SPECS));
const MARKS: ReadonlyMap<string, MarkSpecData> = new Map(Object.entries(MARK_SPECS));

function typesByName(): TypesByName {
  const names = new Map<string, string[]>();
  for (const [name, spec] of NODES) {
    names.set(name, [name]);
    for (const group of (spec.group ?? '').split(' ').filter((part) => part !== '')) {
      names.set(group, [...(names.get(group) ?? []), name]);
    }
  }
  return names;
}

const NAMES = typesByName();
const matchers = new Map<string, (childTypes: readonly string[]) => boolean>();

export function nodeSpec(type: string): NodeSpecData | undefined {
  return NODES.get(type);
}

export function markSpec(type: string): MarkSpecData | undefined {
  return MARKS.get(type);
}

/** True when a node of `type` may hold children of these types, in this order. */
export function contentMatches(type: string, childTypes: readonly string[]): boolean {
  const spec = NODES.get(type);
  if (spec?.content === undefined) return childTypes.length === 0;
  let matcher = matchers.get(type);
  if (matcher === undefined) {
    matcher = compileContentExpression(spec.content, NAMES);
    matchers.set(type, matcher);
  }
  return matcher(childTypes);
}

/** True when text inside a node of `type` may carry mark `mark` (ProseMirror's `marks` rule). */
export function allowsMark(type: string, mark: string): boolean {
  const spec = NODES.get(type);
  if (spec === undefined) return false;
  // ProseMirror's default: inline content takes every mark, block content none.
  const allowed = spec.marks ?? (spec.content !== undefined && /\b(?:inline|text|hardBreak)\b/.test(spec.content) ? '_' : '');
  if (allowed === '_') return true;
  return allowed.split(' ').includes(mark);
}
