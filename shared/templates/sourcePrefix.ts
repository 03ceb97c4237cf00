/**
 * The source prefix of a Vietnamese news lead: "(QTO) - Chiều nay…", the paper's
 * short name in brackets and a dash. A newsroom setting gives the code; new articles
 * start with it and the editor keeps it intact (see `keepSourcePrefix`).
 */

/** Any prefix of this shape, ours or a wire service's ("(TTXVN) - "); the same shape postMapping.ts reads. */
export const SOURCE_PREFIX = /^\(([^()\r\n]{1,24})\)\s*[-–—]\s/u;

/** A code the setting accepts: what fits between the brackets, without surrounding spaces. */
export function isSourceCode(code: string): boolean {
  return code === '' || (/^[^()\r\n]{1,24}$/u.test(code) && code.trim() === code);
}

/** "(QTO) - ": the exact text new articles start with. */
export function formatSourcePrefix(code: string): string {
  return `(${code}) - `;
}

/** The lead without whatever source prefix it starts with. */
export function stripSourcePrefix(sapo: string): string {
  const match = SOURCE_PREFIX.exec(sapo);
  return match === null ? sapo : sapo.slice(match[0].length);
}

/**
 * The lead of a new article: prefixed with the newsroom's code unless the setting is
 * off or the lead already names a source (a wire story keeps "(TTXVN) - ").
 */
export function withSourcePrefix(sapo: string, code: string): string {
  if (code === '' || SOURCE_PREFIX.test(sapo)) return sapo;
  return formatSourcePrefix(code) + sapo.trimStart();
}

export interface PrefixRepair {
  value: string;
  /** Where the caret goes: just after what the reporter typed. */
  caret: number;
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

function commonSuffixLength(a: string, b: string, notBefore: number): number {
  const max = Math.min(a.length, b.length) - notBefore;
  let n = 0;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

/**
 * Keeps "(QTO) - " at the start of a lead while the reporter edits it. Called with the
 * lead before and after one edit; returns the repaired lead, or undefined to take the
 * edit as it is. The rules, which are the behaviour the desk sees:
 * - Only when the setting is on and the lead started with exactly this prefix.
 * - An edit that leaves the prefix whole is never touched (typing in the lead proper,
 *   so an input method composing there is never disturbed).
 * - Deleting into the prefix (Backspace after "- ", select all + Delete) restores it.
 * - Text typed or pasted inside the prefix goes right after it: clicking at the very
 *   start and typing writes the lead, not "(QTxO)".
 * - Replacing the whole prefix with another well-formed one ("(TTXVN) - …" pasted over
 *   everything) is taken as it is: the reporter is naming another source. "Bỏ tiền tố"
 *   in the editor does the same on purpose.
 */
export function keepSourcePrefix(previous: string, next: string, code: string): PrefixRepair | undefined {
  if (code === '') return undefined;
  const prefix = formatSourcePrefix(code);
  if (!previous.startsWith(prefix) || next.startsWith(prefix)) return undefined;
  const start = commonPrefixLength(previous, next);
  const suffix = commonSuffixLength(previous, next, start);
  const removedEnd = previous.length - suffix;
  const insertedEnd = next.length - suffix;
  if (removedEnd >= prefix.length && SOURCE_PREFIX.test(next.slice(0, insertedEnd))) return undefined;
  const inserted = next.slice(start, insertedEnd);
  const kept = previous.slice(Math.max(removedEnd, prefix.length));
  return { value: prefix + inserted + kept, caret: prefix.length + inserted.length };
}
