import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { findFolded, foldText, type FoldOptions } from '../../../shared/text/fold.ts';

/** What the reporter searches for. */
export interface SearchQuery {
  text: string;
  /** "Phân biệt hoa thường": Hòa ≠ hòa. */
  matchCase: boolean;
  /** "Không phân biệt dấu": hoa finds hòa, Đà finds Da. */
  ignoreAccents: boolean;
}

/** A query ready to run: the needle folded the same way each text block will be. */
export interface CompiledQuery {
  needle: string;
  fold: FoldOptions;
}

/** A match as document positions, `[from, to)`, always inside one text block. */
export interface Match {
  from: number;
  to: number;
}

/**
 * Stands in for a non-text inline node (hard break, inline image) in a block's text:
 * one UTF-16 unit, as the node is one position, so string offsets stay document
 * offsets; and a character no typed query contains, so no match runs across a break.
 */
const LEAF_TEXT = '\uFFFC';

export function compileQuery(query: SearchQuery): CompiledQuery | null {
  const fold: FoldOptions = { accents: query.ignoreAccents, case: !query.matchCase };
  const needle = foldText(query.text, fold).text;
  return needle === '' ? null : { needle, fold };
}

/**
 * Matches inside one text block at `pos`. The block's text is read across marks
 * (bold, links…), so "Hòa bình" is found even when only "bình" is bold. Text node
 * sizes are their UTF-16 lengths, so offset `i` in the string is position `pos + 1 + i`.
 */
export function searchTextblock(block: PMNode, pos: number, query: CompiledQuery): Match[] {
  const text = block.textBetween(0, block.content.size, undefined, LEAF_TEXT);
  return findFolded(foldText(text, query.fold), query.needle).map(({ from, to }) => ({ from: pos + 1 + from, to: pos + 1 + to }));
}

/** Every match in the document, in order. Text in atoms (figure captions are attributes) is not body text and is not searched. */
export function searchDoc(doc: PMNode, query: CompiledQuery): Match[] {
  const matches: Match[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      matches.push(...searchTextblock(node, pos, query));
      return false;
    }
    return true;
  });
  return matches;
}

/** Ranges of the new document that `tr` touched, one per replaced range of each step, in final positions. */
function changedRanges(tr: Transaction): Match[] {
  const ranges: Match[] = [];
  tr.mapping.maps.forEach((map, index) => {
    const later = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) });
    });
  });
  return ranges;
}

/**
 * The matches after `tr`, without searching the whole document again: a keystroke
 * while the panel is open re-reads only the text blocks it touched (and their
 * neighbours, for joins and splits), and shifts the rest. Typing in a 10,000-word
 * article thus costs the block being typed in plus the match list, not the article.
 */
export function remapMatches(previous: readonly Match[], tr: Transaction, query: CompiledQuery): Match[] {
  const doc = tr.doc;
  const touched = new Map<number, PMNode>();
  for (const range of changedRanges(tr)) {
    const from = Math.max(0, range.from - 1);
    const to = Math.min(doc.content.size, range.to + 1);
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) touched.set(pos, node);
      return !node.isTextblock;
    });
  }
  const blocks = [...touched.entries()].map(([pos, node]) => ({ from: pos, to: pos + node.nodeSize, node }));
  const inTouched = (match: Match) => blocks.some((block) => match.from >= block.from && match.to <= block.to);

  const kept: Match[] = [];
  for (const match of previous) {
    const from = tr.mapping.map(match.from, 1);
    const to = tr.mapping.map(match.to, -1);
    // A match whose text changed length was edited (or deleted); its block is re-read if it still exists.
    if (to - from !== match.to - match.from || inTouched({ from, to })) continue;
    kept.push({ from, to });
  }
  const fresh = blocks.flatMap((block) => searchTextblock(block.node, block.from, query));
  return [...kept, ...fresh].sort((a, b) => a.from - b.from);
}

/** The first match at or after `pos`, wrapping to the first; -1 when there is none. */
export function matchAtOrAfter(matches: readonly Match[], pos: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.from >= pos);
  return index === -1 ? 0 : index;
}
