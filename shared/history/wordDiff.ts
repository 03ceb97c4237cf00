import { diffComm } from 'node-diff3';

/** One run of the compared text: the same in both, only in the older, or only in the newer. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Words (with their marks) and everything between them, so joining the tokens gives the text back. */
const TOKENS = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu;

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * A word-level diff. Accents count: "hoà" and "hòa" are different spellings, so a change
 * of one mark shows as that word replaced. Compared as stored (NFC). Paragraphs are
 * matched first, then words inside the paragraphs that changed, so a 10,000-word article
 * with one edited paragraph compares that paragraph only.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const paragraphs = (text: string) => text.split(/(?<=\n)/u);
  for (const chunk of diffComm(paragraphs(before), paragraphs(after))) {
    if (chunk.common !== undefined) {
      push(parts, 'same', chunk.common.join(''));
      continue;
    }
    const older = chunk.buffer1.join('');
    const newer = chunk.buffer2.join('');
    for (const inner of diffComm(older.match(TOKENS) ?? [], newer.match(TOKENS) ?? [])) {
      if (inner.common !== undefined) push(parts, 'same', inner.common.join(''));
      else {
        push(parts, 'removed', inner.buffer1.join(''));
        push(parts, 'added', inner.buffer2.join(''));
      }
    }
  }
  return parts;
}

/** The two sides of a diff for a side-by-side view: what each version holds, changes marked. */
export function sides(parts: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return {
    before: parts.filter((part) => part.kind !== 'added'),
    after: parts.filter((part) => part.kind !== 'removed'),
  };
}
