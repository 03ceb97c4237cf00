/**
 * A clipboard flavour that is not text: a broken `.docx` (a ZIP, "PK\x03\x04…") or other
 * binary put on the clipboard as HTML arrives as U+FFFD and control characters. Pasting
 * that would fill the article with garbage the document schema then refuses to save, so
 * such input is recognised and refused with a message instead.
 */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]/g;
/** How much of a long paste to look at: garbage shows itself early. */
const SAMPLE = 100_000;

export function looksUnreadable(text: string): boolean {
  if (/^PK\u0003\u0004/.test(text)) return true;
  const sample = text.slice(0, SAMPLE);
  const suspect = sample.match(SUSPECT)?.length ?? 0;
  // A few stray controls are common in real Word HTML; 5 % is far beyond that and far below random bytes (~40 %).
  return suspect >= 16 && suspect / sample.length > 0.05;
}
