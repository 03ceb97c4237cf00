import type { ErrorPayload } from '../../../shared/contract/errors.ts';
import { machineFailure } from '../../../shared/contract/dispatch.ts';
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
        // A full disk or a read-only folder is said as such, as the app's channels say it.
        const machine = machineFailure(error);
        if (machine !== undefined) return { ok: false, error: machine };
        onUnexpectedError(error);
        return { ok: false, error: { code: 'Internal', message: 'internal error', reason: 'unexpected' } };
      }
    },
  };
}
