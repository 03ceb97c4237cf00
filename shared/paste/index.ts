/** Paste hygiene: clipboard HTML and text → what the article editor may hold. */
export { cleanPastedHtml, EMPTY_REPORT, type CleanPasteOptions, type CleanPasteResult, type PasteReport } from './cleanPastedHtml.ts';
export { cleanPastedText, type CleanTextOptions, type CleanTextResult } from './cleanPastedText.ts';
export type { LegacyMode } from './legacyRuns.ts';
export { LEGACY_AUTO_CONFIDENCE, LEGACY_OFFER_CONFIDENCE, MAX_PASTE_HTML_CHARS, MAX_PASTE_TEXT_CHARS, MAX_TABLE_ROWS, MAX_TREE_COST } from './limits.ts';
