/**
 * Error codes that cross the process boundary. The renderer and the CLI translate
 * them; `reason` narrows the message (an i18n key under `errors.reason.*`).
 */
export const ERROR_CODES = ['Validation', 'NotFound', 'Conflict', 'Offline', 'Unauthorized', 'Internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  /** English developer message; users see the translation of code/reason instead. */
  message: string;
  reason?: string;
  /** Dotted path of the offending input field, for Validation errors. */
  field?: string;
  /** The limit that was exceeded, for messages like "at most 500 characters". */
  max?: number;
  /** The lower bound, for numbers out of range. */
  min?: number;
}

/** A failure that a handler raises on purpose; anything else becomes `Internal`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { reason?: string; field?: string } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.reason = options.reason;
    this.field = options.field;
  }

  toPayload(): ErrorPayload {
    const payload: ErrorPayload = { code: this.code, message: this.message };
    if (this.reason !== undefined) payload.reason = this.reason;
    if (this.field !== undefined) payload.field = this.field;
    return payload;
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes(candidate.code)
  );
}
