import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliRun } from './captureIo.ts';

/** The installed entry point, as npm links it. */
export const BIN_PATH = fileURLToPath(new URL('../../bin/toasoan.js', import.meta.url));

/**
 * Runs bin/toasoan.js in a child process with this process's Node (22 under the
 * project's tooling), for end-to-end checks of the real entry point and exit codes.
 */
export function spawnBin(
  args: readonly string[],
  options: { stdin?: Uint8Array | string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  const env = { ...process.env };
  // The caller's own library, debug and vault settings must not leak into a test run.
  delete env.TOASOAN_DATA;
  delete env.TOASOAN_DEBUG;
  delete env.TOASOAN_INSECURE_TEST_VAULT;
  Object.assign(env, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN_PATH, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
