import type { CliIo } from './io.ts';
import { readHiddenLine } from './readSecret.ts';
import { runCli } from './runCli.ts';

/**
 * Wires the CLI to the real process. Sets `exitCode` instead of calling `exit()` so
 * piped output is flushed; runCli has already closed the library.
 */
export async function main(argv: readonly string[]): Promise<void> {
  // `toasoan list | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  // Typed at a terminal, a password must not appear on screen; piped, there is nothing to hide.
  if (process.stdin.isTTY) io.promptSecret = (prompt) => readHiddenLine(process.stdin, prompt, process.stderr);
  process.exitCode = await runCli(argv, io);
}
