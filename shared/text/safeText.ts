import { z } from 'zod';

/**
 * Lone UTF-16 surrogates cannot be encoded as UTF-8: SQLite would store U+FFFD and
 * WordPress would reject the post later. They only arrive through broken paste or
 * hostile payloads, so they are refused at the boundary rather than "repaired".
 */
export function hasUnpairedSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** C0 controls other than tab/newline are never typed; they break HTML and XML export. */
export function hasForbiddenControl(text: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * A user-typed string: rejects lone surrogates and control characters, then
 * normalises to NFC (Vietnamese typed with some IMEs arrives decomposed, NFD).
 * The length limit is checked after normalisation, on what is stored.
 */
export function safeText(maxLength: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .refine((value) => !hasUnpairedSurrogate(value), { params: { reason: 'invalidText' } })
    .refine((value) => !hasForbiddenControl(value), { params: { reason: 'invalidText' } })
    .refine((value) => options.multiline === true || !/[\r\n]/.test(value), {
      params: { reason: 'singleLine' },
    })
    .transform(toNfc)
    .refine((value) => value.length <= maxLength, { params: { reason: 'tooLong', max: maxLength } });
}
