import type { BodyDoc, DocNode } from '../../../../shared/domain/articleBody.ts';
import { stripEditorNotes } from '../../../../shared/publish/index.ts';

const keyOf = (block: DocNode): string | undefined => {
  const stripped = stripEditorNotes({ type: 'doc', content: [block] }).content;
  return stripped.length === 0 ? undefined : JSON.stringify(stripped);
};

/**
 * Editor's notes never reach the site, so text that comes back from it (a pull,
 * a merge) has none. Where a block of that text is, notes aside, a block the
 * laptop holds, the laptop's block (with its notes) is kept; a paragraph that
 * held only a note stays after the block it followed.
 */
export function keepLocalNotes(incoming: BodyDoc, local: BodyDoc): BodyDoc {
  const runs = new Map<string, DocNode[][]>();
  const leading: DocNode[] = [];
  let current: DocNode[] | undefined;
  for (const block of local.content) {
    const key = keyOf(block);
    if (key === undefined) {
      (current ?? leading).push(block);
      continue;
    }
    current = [block];
    const list = runs.get(key) ?? [];
    list.push(current);
    runs.set(key, list);
  }
  const out: DocNode[] = [...leading];
  for (const block of incoming.content) {
    const run = runs.get(JSON.stringify([block]))?.shift();
    out.push(...(run ?? [block]));
  }
  return { type: 'doc', content: out };
}
