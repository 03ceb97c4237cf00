import type { Cipher } from '../main/core/secrets/Vault.ts';

/** Where the CLI talks to; `process` in main.ts, strings and buffers in tests. */
export interface TextSink {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** Raw bytes: decoding happens in the CLI so invalid UTF-8 can be refused, not replaced. */
  stdin: AsyncIterable<Uint8Array>;
  env: Readonly<Record<string, string | undefined>>;
  /** Defaults to the running process's; tests pin them to check the app-folder fallback. */
  platform?: NodeJS.Platform;
  homedir?: string;
  cwd?: string;
  /**
   * Set only when stdin is a terminal: asks for a secret without echoing it. Without
   * it, secrets are read as the first line of `stdin` (a pipe).
   */
  promptSecret?: (prompt: string) => Promise<string | undefined>;
  /** How secrets are sealed; by default the OS keyring (or the named test cipher, by env). */
  cipher?: Cipher;
}

export const EXIT = { ok: 0, error: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Set to print the underlying error (with stack) after the translated message, for bug reports. */
export const DEBUG_ENV = 'TOASOAN_DEBUG';

export function writeLine(sink: TextSink, text: string): void {
  sink.write(`${text}\n`);
}
