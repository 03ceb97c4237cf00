import { convertLegacy, detectLegacyEncoding, UNICODE_VIETNAMESE } from '../text/legacyVietnamese.ts';
import { DEFAULT_TYPOGRAPHY, tidyText, type TypographyOptions } from '../text/typography.ts';
import type { LegacyMode, LegacyOutcome } from './legacyRuns.ts';
import { LEGACY_AUTO_CONFIDENCE, LEGACY_OFFER_CONFIDENCE, MAX_PASTE_TEXT_CHARS } from './limits.ts';
import { looksUnreadable } from './unreadable.ts';

/**
 * Plain-text paste (Notepad, a chat message, Shift+Ctrl+V): the same hygiene as HTML
 * paste, line by line. Without a font to go by, TCVN3/VNI is only ever detected.
 */
export interface CleanTextOptions {
  typography?: Readonly<TypographyOptions>;
  legacy?: LegacyMode;
}

export type CleanTextResult =
  | { status: 'ok'; text: string; legacy: LegacyOutcome['converted']; legacyOffer: LegacyOutcome['offer'] }
  | { status: 'tooLarge'; text: ''; size: number; limit: number }
  | { status: 'unreadable'; text: '' };

export function cleanPastedText(text: string, options: CleanTextOptions = {}): CleanTextResult {
  if (text.length > MAX_PASTE_TEXT_CHARS) return { status: 'tooLarge', text: '', size: text.length, limit: MAX_PASTE_TEXT_CHARS };
  if (looksUnreadable(text)) return { status: 'unreadable', text: '' };
  const mode = options.legacy ?? 'auto';
  let legacy: LegacyOutcome['converted'] = null;
  let legacyOffer: LegacyOutcome['offer'] = null;
  let source = text;
  if (mode === 'tcvn3' || mode === 'vni') legacy = { encoding: mode, source: 'chosen' };
  else if (mode === 'auto') {
    const { encoding, confidence } = detectLegacyEncoding(text);
    if (encoding !== null && confidence >= LEGACY_AUTO_CONFIDENCE) legacy = { encoding, source: 'detected' };
    else if (encoding !== null && confidence >= LEGACY_OFFER_CONFIDENCE) legacyOffer = { encoding, confidence };
  }
  if (legacy !== null) {
    const { encoding } = legacy;
    // Line by line, leaving lines already in Unicode Vietnamese as they are.
    source = text
      .split(/(\r\n?|\n)/)
      .map((line) => (UNICODE_VIETNAMESE.test(line) ? line : convertLegacy(line, encoding)))
      .join('');
  }
  // The outer spaces stay: " và hơn thế" pasted into a sentence needs its leading space.
  return { status: 'ok', text: tidyText(source, options.typography ?? DEFAULT_TYPOGRAPHY, true), legacy, legacyOffer };
}
