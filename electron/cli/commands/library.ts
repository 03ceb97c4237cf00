import type { ErrorPayload } from '../../../shared/contract/errors.ts';
import { AppError } from '../../../shared/contract/errors.ts';
import type { Core } from '../../main/core/createCore.ts';

export type LibraryResult<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/**
 * Direct use of the core for the few commands that take a file path (backup, restore,
 * doctor): the app's contract never accepts a path from its renderer, so these are not
 * channels. Errors come back as the same envelopes a channel gives.
 */
export interface LibraryAccess {
  run<T>(work: (core: Core) => T | Promise<T>): Promise<LibraryResult<T>>;
}

export function libraryAccess(core: () => Core, onUnexpectedError: (error: unknown) => void): LibraryAccess {
  return {
    run: async (work) => {
      // Outside the try: a library that cannot be opened is runCli's to report, with its file.
      const opened = core();
      try {
        return { ok: true, value: await work(opened) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        onUnexpectedError(error);
        const code = (error as { code?: unknown }).code;
        // A full disk or a read-only folder is the machine's doing, not a bug: said as such.
        if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { ok: false, error: { code: 'Internal', message: String(error), reason: 'diskFull' } };
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return { ok: false, error: { code: 'Internal', message: String(error), reason: 'notWritable' } };
        return { ok: false, error: { code: 'Internal', message: 'internal error', reason: 'unexpected' } };
      }
    },
  };
}
