import type { SiteTerm } from '../../shared/domain/site.ts';

export interface CategoryRow {
  term: SiteTerm;
  depth: number;
}

const collator = new Intl.Collator('vi');

/**
 * Categories in picker order: each parent followed by its children, siblings
 * alphabetical. A child whose parent is missing (not cached, or a cycle from a
 * broken site) is shown at the top level rather than lost.
 */
export function categoryTree(terms: readonly SiteTerm[]): CategoryRow[] {
  const ids = new Set(terms.map((term) => term.id));
  const children = new Map<number, SiteTerm[]>();
  for (const term of terms) {
    const parent = term.parent !== term.id && ids.has(term.parent) ? term.parent : 0;
    children.set(parent, [...(children.get(parent) ?? []), term]);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  const rows: CategoryRow[] = [];
  const seen = new Set<number>();
  const visit = (parent: number, depth: number) => {
    for (const term of children.get(parent) ?? []) {
      if (seen.has(term.id)) continue;
      seen.add(term.id);
      rows.push({ term, depth });
      visit(term.id, depth + 1);
    }
  };
  visit(0, 0);
  // Terms only reachable through a cycle never hang off the root: list them flat.
  for (const term of [...terms].sort((a, b) => collator.compare(a.name, b.name))) {
    if (!seen.has(term.id)) {
      seen.add(term.id);
      rows.push({ term, depth: 0 });
    }
  }
  return rows;
}
