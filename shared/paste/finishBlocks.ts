import { stripInvisible, tidyChars, type TypographyOptions } from '../text/typography.ts';
import { sameMarks, type Block, type Inline } from './model.ts';

/**
 * The last pass over what was read: text tidied (NFC, invisible characters out, spaces
 * collapsed across formatting boundaries, typography when on), `<br><br>` turned into a
 * paragraph break as web pages mean it, and whatever is left empty dropped (Word's
 * `<p>&nbsp;</p>` spacers, emptied share boxes, list items with nothing in them).
 */

const COMBINING = /^\p{M}+/u;

function tidyInlines(inlines: readonly Inline[], typography: TypographyOptions): Inline[] {
  const runs: Inline[] = inlines.map((inline) => (inline.kind === 'text' ? { ...inline, text: stripInvisible(inline.text) } : inline));
  // A combining mark that starts a run belongs to the letter ending the run before (NFC must see them together).
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    const marks = run.kind === 'text' ? COMBINING.exec(run.text)?.[0] : undefined;
    if (run.kind === 'text' && marks !== undefined && previous?.kind === 'text') {
      previous.text += marks;
      run.text = run.text.slice(marks.length);
    }
  });
  const chars: string[] = [];
  // Where each run's code points start in `chars`; the tidied result is cut back at the same places.
  const starts: number[] = [];
  for (const run of runs) {
    starts.push(chars.length);
    if (run.kind === 'break') chars.push('\n');
    else for (const char of run.text.normalize('NFC')) chars.push(char);
  }
  const tidied = tidyChars(chars, typography);
  const texts = runs.map((_, index) => tidied.slice(starts[index], starts[index + 1] ?? tidied.length).join(''));
  const out: Inline[] = [];
  runs.forEach((run, index) => {
    const text = texts[index] ?? '';
    if (run.kind === 'break') {
      out.push(run);
      return;
    }
    if (text === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'text' && sameMarks(last.marks, run.marks)) last.text += text;
    else out.push({ ...run, text });
  });
  return out;
}

function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.kind === 'break') start++;
  while (end > start && inlines[end - 1]?.kind === 'break') end--;
  return inlines.slice(start, end);
}

/** Split at two or more breaks in a row; single breaks stay line breaks. */
function splitAtDoubleBreaks(inlines: readonly Inline[]): Inline[][] {
  const parts: Inline[][] = [[]];
  inlines.forEach((inline, index) => {
    const next = inlines[index + 1];
    const previous = inlines[index - 1];
    if (inline.kind === 'break' && (next?.kind === 'break' || previous?.kind === 'break')) {
      if ((parts[parts.length - 1] ?? []).length > 0) parts.push([]);
      return;
    }
    parts[parts.length - 1]?.push(inline);
  });
  return parts.map(trimBreaks).filter((part) => part.some((inline) => inline.kind === 'text'));
}

function tidyPlain(text: string, typography: TypographyOptions): string {
  return tidyChars(Array.from(stripInvisible(text).normalize('NFC').replace(/\s+/g, ' ')), typography).join('');
}

/** A heading bold throughout is bold by the source's CSS (`h1 {font-weight:700}`), which a heading is anyway. */
function unbold(inlines: readonly Inline[]): Inline[] {
  const texts = inlines.filter((inline) => inline.kind === 'text' && inline.text.trim() !== '');
  if (texts.length === 0 || !texts.every((inline) => inline.kind === 'text' && inline.marks.bold)) return [...inlines];
  return inlines.map((inline) => (inline.kind === 'text' ? { ...inline, marks: { ...inline.marks, bold: false } } : inline));
}

/** A list item must open with a paragraph (the schema's `paragraph block*`). */
function listItem(blocks: Block[]): Block[] {
  const [first] = blocks;
  if (first === undefined) return blocks;
  if (first.kind === 'heading') return [{ kind: 'paragraph', inlines: first.inlines }, ...blocks.slice(1)];
  if (first.kind !== 'paragraph') return [{ kind: 'paragraph', inlines: [] }, ...blocks];
  return blocks;
}

export function finishBlocks(blocks: readonly Block[], typography: TypographyOptions): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.kind) {
      case 'paragraph':
        return splitAtDoubleBreaks(tidyInlines(block.inlines, typography)).map((inlines) => ({ kind: 'paragraph', inlines }));
      case 'heading': {
        const inlines = splitAtDoubleBreaks(tidyInlines(unbold(block.inlines), typography)).flatMap((part, index) => (index > 0 ? [{ kind: 'break' } as const, ...part] : part));
        return inlines.length > 0 ? [{ ...block, inlines }] : [];
      }
      case 'list': {
        const items = block.items.map((item) => listItem(finishBlocks(item, typography))).filter((item) => item.length > 0);
        return items.length > 0 ? [{ ...block, items }] : [];
      }
      case 'blockquote': {
        const inner = finishBlocks(block.blocks, typography);
        return inner.length > 0 ? [{ ...block, blocks: inner }] : [];
      }
      case 'table': {
        const rows = block.rows.map((cells) => cells.map((cell) => ({ ...cell, blocks: finishBlocks(cell.blocks, typography) })));
        return rows.some((cells) => cells.some((cell) => cell.blocks.length > 0)) ? [{ ...block, rows }] : [];
      }
      case 'image':
        return [{ ...block, alt: tidyPlain(block.alt, typography), caption: trimBreaks(tidyInlines(block.caption, typography)) }];
      case 'rule':
        return [block];
    }
    return [];
  });
}
