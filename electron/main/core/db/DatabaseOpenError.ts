export type DatabaseOpenReason = 'databaseTooNew' | 'databaseCorrupt' | 'databaseUnavailable';

/** Why a library file could not be opened; `reason` is an i18n key under `errors.reason`. */
export class DatabaseOpenError extends Error {
  readonly reason: DatabaseOpenReason;

  constructor(reason: DatabaseOpenReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
  }
}
