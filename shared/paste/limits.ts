/**
 * Bounds on what one paste may bring in, with the measurements behind them
 * (`cleanPastedHtml.limits.test.ts` re-measures and prints the figures).
 */

/**
 * Clipboard HTML above this is not parsed; the editor pastes the plain-text flavour instead
 * and says why. Cleaning is linear but runs on the renderer's main thread. Measured on the
 * 2-core build machine (busy with other work): 2 MB of Word HTML 0.8 s, 5 MB 1.6–2.2 s,
 * 50 MB 23 s and 1.5 GB of memory. Word writes ~30 KB of HTML for a 2,000-word article
 * and ~1 MB for a 30-page report, so 2 MB keeps a paste under about a second and loses
 * nothing a reporter pastes whole.
 */
export const MAX_PASTE_HTML_CHARS = 2_000_000;

/**
 * The tree builder's cost grows with tags × nesting depth (see budget.ts). The costliest
 * fixture, repeated to 5 MB, prices at 0.6 M; 100,000 nested `<div>`s price at 51 M and
 * took 1.8 s. Above 5 M the HTML is refused as too deeply nested.
 */
export const MAX_TREE_COST = 5_000_000;

/**
 * A stored body is at most 1,000,000 characters of JSON (`MAX_DOC_JSON_LENGTH`), so plain
 * text longer than this could never be saved; it is refused rather than cut.
 */
export const MAX_PASTE_TEXT_CHARS = 500_000;

/**
 * Rows kept per table. Each TipTap cell costs ~130 characters of JSON, so a 10,000-row,
 * 4-column table (~5 MB) would make the article unsaveable; 500 rows stay under ~300 KB.
 * Extra rows are dropped and the reporter is told how many.
 */
export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 30;

/**
 * Lists, quotes and tables nested deeper than this are flattened into their parent: the
 * document schema refuses bodies deeper than 64 levels and a real article nests three.
 */
export const MAX_NESTING = 8;

/** Legacy-encoding detection at or above this converts on paste; between the two, the editor offers. */
export const LEGACY_AUTO_CONFIDENCE = 0.85;
export const LEGACY_OFFER_CONFIDENCE = 0.3;
