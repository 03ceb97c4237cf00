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
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
