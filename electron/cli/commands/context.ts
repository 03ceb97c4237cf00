import type { TFunction } from 'i18next';
import type { ErrorPayload } from '../../../shared/contract/errors.ts';
import type { Call } from '../call.ts';
import { describeFailure } from '../describeFailure.ts';
import { EXIT, writeLine, type ExitCode, type TextSink } from '../io.ts';

/** What a command may use; `call` opens the library on first use, so a command that fails early never touches it. */
export interface CommandContext {
  t: TFunction;
  json: boolean;
  call: Call;
  stdout: TextSink;
  stderr: TextSink;
  stdin: AsyncIterable<Uint8Array>;
  /** Where relative file arguments are read from. */
  cwd: string;
  promptSecret?: (prompt: string) => Promise<string | undefined>;
}

export function fail(ctx: CommandContext, error: ErrorPayload): ExitCode {
  writeLine(ctx.stderr, describeFailure(ctx.t, error));
  return EXIT.error;
}

export function printJson(ctx: CommandContext, value: unknown): ExitCode {
  writeLine(ctx.stdout, JSON.stringify(value, null, 2));
  return EXIT.ok;
}
