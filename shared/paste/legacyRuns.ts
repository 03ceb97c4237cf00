import { convertLegacy, detectLegacyEncoding, UNICODE_VIETNAMESE, type LegacyEncoding } from '../text/legacyVietnamese.ts';
import { LEGACY_AUTO_CONFIDENCE, LEGACY_OFFER_CONFIDENCE } from './limits.ts';
import type { Block, Inline, TextRun } from './model.ts';

/**
 * TCVN3/VNI conversion over a whole paste. Text set in a legacy font is converted for
 * certain (Word and LibreOffice name the font). The rest is judged together: converted
 * when detection is sure, offered to the reporter when it is not, or converted because
 * the reporter already said so (`mode` is an encoding when the paste is replayed after
 * "Chuyển sang Unicode"). Text holding Unicode-only Vietnamese letters is never touched:
 * converting "Giáo" again would make it "Giỏo".
 */
export type LegacyMode = 'auto' | 'off' | LegacyEncoding;

export interface LegacyOutcome {
  converted: { encoding: LegacyEncoding; source: 'font' | 'detected' | 'chosen' } | null;
  offer: { encoding: LegacyEncoding; confidence: number } | null;
}

/** Every inline list in reading order: paragraphs, headings, captions, and those inside items, quotes and cells. */
export function inlineLists(blocks: readonly Block[]): Inline[][] {
  const lists: Inline[][] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.kind === 'paragraph' || block.kind === 'heading') lists.push(block.inlines);
      else if (block.kind === 'image') lists.push(block.caption);
      else if (block.kind === 'list') block.items.forEach(visit);
      else if (block.kind === 'blockquote') visit(block.blocks);
      else if (block.kind === 'table') block.rows.forEach((cells) => cells.forEach((cell) => visit(cell.blocks)));
    }
  };
  visit(blocks);
  return lists;
}

function images(blocks: readonly Block[]): Extract<Block, { kind: 'image' }>[] {
  const found: Extract<Block, { kind: 'image' }>[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.kind === 'image') found.push(block);
      else if (block.kind === 'list') block.items.forEach(visit);
      else if (block.kind === 'blockquote') visit(block.blocks);
      else if (block.kind === 'table') block.rows.forEach((cells) => cells.forEach((cell) => visit(cell.blocks)));
    }
  };
  visit(blocks);
  return found;
}

const isText = (inline: Inline): inline is TextRun => inline.kind === 'text';

export function convertLegacyRuns(blocks: readonly Block[], mode: LegacyMode): LegacyOutcome {
  let fontEncoding: LegacyEncoding | null = null;
  const unhinted: TextRun[][] = [];
  for (const inlines of inlineLists(blocks)) {
    const plain: TextRun[] = [];
    for (const run of inlines.filter(isText)) {
      if (run.font === null) plain.push(run);
      else if (!UNICODE_VIETNAMESE.test(run.text)) {
        fontEncoding = run.font === 'vni' ? 'vni' : 'tcvn3';
        run.text = convertLegacy(run.text, fontEncoding, { capitals: run.font === 'tcvn3Capitals' });
      }
    }
    unhinted.push(plain);
  }
  const alts = images(blocks);

  let chosen: LegacyEncoding | null = null;
  let source: 'detected' | 'chosen' = 'chosen';
  let offer: LegacyOutcome['offer'] = null;
  if (mode === 'tcvn3' || mode === 'vni') chosen = mode;
  else if (mode === 'auto') {
    const sample = [...unhinted.map((runs) => runs.map((run) => run.text).join('')), ...alts.map((image) => image.alt)].join(' ');
    const { encoding, confidence } = detectLegacyEncoding(sample);
    if (encoding !== null && confidence >= LEGACY_AUTO_CONFIDENCE) {
      chosen = encoding;
      source = 'detected';
    } else if (encoding !== null && confidence >= LEGACY_OFFER_CONFIDENCE) offer = { encoding, confidence };
  }
  if (chosen !== null) {
    const encoding = chosen;
    for (const run of unhinted.flat()) if (!UNICODE_VIETNAMESE.test(run.text)) run.text = convertLegacy(run.text, encoding);
    for (const image of alts) if (!UNICODE_VIETNAMESE.test(image.alt)) image.alt = convertLegacy(image.alt, encoding);
  }
  const converted = fontEncoding !== null ? { encoding: fontEncoding, source: 'font' as const } : chosen !== null ? { encoding: chosen, source } : null;
  return { converted, offer };
}
