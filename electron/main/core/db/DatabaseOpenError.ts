export type DatabaseOpenReason = 'databaseTooNew' | 'databaseCorrupt' | 'databaseUnavailable' | 'notWritable';

/** Why a library file could not be opened; `reason` is an i18n key under `errors.reason`. */
export class DatabaseOpenError extends Error {
  readonly reason: DatabaseOpenReason;
  /** The file is ours but broken (not a foreign or newer file): restoring the latest backup is the way out. */
  readonly damaged: boolean;

  constructor(reason: DatabaseOpenReason, message: string, options?: { cause?: unknown; damaged?: boolean }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
    this.damaged = options?.damaged === true;
  }
}
