import { diff3Merge } from 'node-diff3';
import type { ArticleFields } from '../../../../shared/domain/article.ts';
import type { DocNode } from '../../../../shared/domain/articleBody.ts';

export type MergeResult =
  | { kind: 'clean'; fields: ArticleFields }
  | { kind: 'conflict'; conflictingFields: (keyof ArticleFields)[] };

type ScalarField = 'title' | 'sapo' | 'byline' | 'category';

function mergeScalar(base: string, local: string, remote: string): string | undefined {
  if (local === remote || remote === base) return local;
  if (local === base) return remote;
  return undefined;
}

/** Tags are a set: additions from either side stay, a removal on either side wins. Never a conflict. */
function mergeTags(base: string[], local: string[], remote: string[]): string[] {
  const key = (tag: string) => tag.toLocaleLowerCase('vi');
  const baseKeys = new Set(base.map(key));
  const localKeys = new Set(local.map(key));
  const remoteKeys = new Set(remote.map(key));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const tag of [...local, ...remote]) {
    const k = key(tag);
    if (seen.has(k)) continue;
    const removed = baseKeys.has(k) && (!localKeys.has(k) || !remoteKeys.has(k));
    if (!removed) out.push(tag);
    seen.add(k);
  }
  return out;
}

/**
 * Block-by-block merge of the body: each top-level block (paragraph, heading,
 * list, figure…) is one unit, compared by its JSON. Two people editing different
 * paragraphs merge cleanly; the same paragraph changed on both sides is a conflict.
 */
function mergeBody(base: DocNode[], local: DocNode[], remote: DocNode[]): DocNode[] | undefined {
  const encode = (blocks: DocNode[]) => blocks.map((block) => JSON.stringify(block));
  const regions = diff3Merge(encode(local), encode(base), encode(remote), { excludeFalseConflicts: true });
  const merged: string[] = [];
  for (const region of regions) {
    if (region.ok !== undefined) merged.push(...region.ok);
    else return undefined;
  }
  return merged.map((json) => JSON.parse(json) as DocNode);
}

/** Three-way merge of the article the site and the laptop both changed since `base`. */
export function mergeArticle(base: ArticleFields, local: ArticleFields, remote: ArticleFields): MergeResult {
  const conflicting: (keyof ArticleFields)[] = [];
  const scalars = {} as Record<ScalarField, string>;
  for (const field of ['title', 'sapo', 'byline', 'category'] as const) {
    const merged = mergeScalar(base[field], local[field], remote[field]);
    if (merged === undefined) conflicting.push(field);
    else scalars[field] = merged;
  }
  const body = mergeBody(base.body.content, local.body.content, remote.body.content);
  if (body === undefined) conflicting.push('body');
  // Optional fields (dateline, featured photo): compared only where both sides carry them.
  const optional: Partial<Pick<ArticleFields, 'dateline' | 'featuredMedia'>> = {};
  for (const field of ['dateline', 'featuredMedia'] as const) {
    const [b, l, r] = [base[field], local[field], remote[field]];
    if (l === undefined || r === undefined) {
      if (l !== undefined) (optional as Record<string, unknown>)[field] = l;
      continue;
    }
    if (l === r || r === b) (optional as Record<string, unknown>)[field] = l;
    else if (l === b) (optional as Record<string, unknown>)[field] = r;
    else conflicting.push(field);
  }
  if (conflicting.length > 0 || body === undefined) return { kind: 'conflict', conflictingFields: conflicting };
  return {
    kind: 'clean',
    fields: { ...scalars, ...optional, body: { type: 'doc', content: body }, tags: mergeTags(base.tags, local.tags, remote.tags) },
  };
}
