import { Readable } from 'node:stream';
import type { Cipher } from '../main/core/secrets/Vault.ts';
import type { CliIo } from './io.ts';
import { runCli } from './runCli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CaptureOptions {
  /** Where relative paths are read from (default: this process's). */
  cwd?: string;
  stdin?: Uint8Array | string;
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  homedir?: string;
  cipher?: Cipher;
  promptSecret?: CliIo['promptSecret'];
}

/** Runs the CLI in-process with captured output: for tests and for scripts embedding it. */
export async function runCaptured(argv: readonly string[], options: CaptureOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? new Uint8Array();
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)]),
    env: options.env ?? {},
  };
  if (options.platform !== undefined) io.platform = options.platform;
  if (options.cwd !== undefined) io.cwd = options.cwd;
  if (options.homedir !== undefined) io.homedir = options.homedir;
  if (options.cipher !== undefined) io.cipher = options.cipher;
  if (options.promptSecret !== undefined) io.promptSecret = options.promptSecret;
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
