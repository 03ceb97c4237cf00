import { parseHtmlFragment } from '../publish/htmlTree.ts';
import type { LegacyEncoding } from '../text/legacyVietnamese.ts';
import { DEFAULT_TYPOGRAPHY, type TypographyOptions } from '../text/typography.ts';
import { BlockSink } from './BlockSink.ts';
import { finishBlocks } from './finishBlocks.ts';
import { convertLegacyRuns, type LegacyMode, type LegacyOutcome } from './legacyRuns.ts';
import { treeCost } from './budget.ts';
import { MAX_PASTE_HTML_CHARS, MAX_TABLE_ROWS, MAX_TREE_COST } from './limits.ts';
import { NO_MARKS } from './model.ts';
import { readNodes, type ReadEnv, type ReadStats } from './readBlocks.ts';
import { renderBlocks } from './renderHtml.ts';
import { readStylesheet } from './styles.ts';
import { looksUnreadable } from './unreadable.ts';

/**
 * Clipboard HTML from Word, LibreOffice, Google Docs or a web page → clean HTML the
 * article editor parses: structure, emphasis, links, tables and web photos kept; styles,
 * fonts, colours, classes, comments, scripts, event handlers, metadata and trackers gone;
 * text in NFC with tidy spaces; TCVN3/VNI converted or offered. Pure and DOM-free, built on
 * the same tolerant tokenizer the publish parser uses, so it runs (and is tested) anywhere.
 */

export interface CleanPasteOptions {
  /** Typographic quotes and ellipsis, per newsroom setting (off by default). */
  typography?: Readonly<TypographyOptions>;
  /** 'auto' detects; an encoding forces it (the reporter chose "Chuyển sang Unicode"); 'off' never converts unlabelled text. */
  legacy?: LegacyMode;
  /** Keep `data:` photos (when the caller can store them) or drop and count them. */
  dataImages?: 'keep' | 'drop';
  maxTableRows?: number;
  /** Defaults to MAX_PASTE_HTML_CHARS; raised only to measure. */
  maxHtmlChars?: number;
}

export interface PasteReport {
  /** What was converted to Unicode, and why: the text's font said so, detection was sure, or the reporter chose. */
  legacy: LegacyOutcome['converted'];
  /** Detection thinks the text may be TCVN3/VNI but is not sure: the editor asks. */
  legacyOffer: LegacyOutcome['offer'];
  imagesUnavailable: number;
  trackersRemoved: number;
  tableRows: { kept: number; total: number } | null;
}

export type CleanPasteResult =
  | { status: 'ok'; html: string; report: PasteReport }
  /** Over MAX_PASTE_HTML_CHARS, or nested beyond MAX_TREE_COST: not parsed at all. */
  | { status: 'tooLarge'; html: ''; reason: 'size' | 'nesting'; size: number; limit: number }
  /** Binary or broken data in the HTML flavour. */
  | { status: 'unreadable'; html: '' };

export const EMPTY_REPORT: PasteReport = Object.freeze({ legacy: null, legacyOffer: null, imagesUnavailable: 0, trackersRemoved: 0, tableRows: null });

/**
 * ProseMirror marks what it copies with `data-pm-slice` (open depths, context). Copy and
 * paste inside the editor must keep that and its own attributes (a photo's media hash),
 * and it is already clean: it is passed through.
 */
function isEditorCopy(html: string): boolean {
  return /<[^>]+\sdata-pm-slice=/.test(html.slice(0, 4000));
}

export function cleanPastedHtml(html: string, options: CleanPasteOptions = {}): CleanPasteResult {
  const limit = options.maxHtmlChars ?? MAX_PASTE_HTML_CHARS;
  if (html.length > limit) return { status: 'tooLarge', html: '', reason: 'size', size: html.length, limit };
  if (looksUnreadable(html)) return { status: 'unreadable', html: '' };
  if (isEditorCopy(html)) return { status: 'ok', html: html.normalize('NFC'), report: EMPTY_REPORT };
  const cost = treeCost(html);
  if (cost > MAX_TREE_COST) return { status: 'tooLarge', html: '', reason: 'nesting', size: cost, limit: MAX_TREE_COST };

  const nodes = parseHtmlFragment(html);
  const stats: ReadStats = { imagesUnavailable: 0, trackersRemoved: 0, tableRows: null };
  const env: ReadEnv = {
    sheet: readStylesheet(nodes),
    dataImages: options.dataImages ?? 'keep',
    maxTableRows: options.maxTableRows ?? MAX_TABLE_ROWS,
    stats,
  };
  const sink = new BlockSink();
  readNodes(nodes, { marks: NO_MARKS, font: null, pre: false, nesting: 0, inTable: false }, sink, env);
  const read = sink.finish();
  const legacy = convertLegacyRuns(read, options.legacy ?? 'auto');
  const blocks = finishBlocks(read, options.typography ?? DEFAULT_TYPOGRAPHY);
  return {
    status: 'ok',
    html: renderBlocks(blocks),
    report: { legacy: legacy.converted, legacyOffer: legacy.offer, ...stats },
  };
}

export type { LegacyEncoding, LegacyMode };
