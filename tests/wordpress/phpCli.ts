import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToEnd } from './processes.ts';

/** PHP scripts that ship with these helpers (router, installer, seeder). */
export const PHP_SCRIPTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'php');

// display_errors=stderr keeps warnings out of the stdout we parse; WordPress turns it
// off again once loaded (WP_DEBUG_DISPLAY false) and logs to its debug file instead.
const PHP_ARGS = ['-d', 'display_errors=stderr', '-d', 'memory_limit=512M'];

/**
 * Runs a PHP script with `input` as JSON on stdin and returns stdout. The scripts
 * under php/ read their input with `toasoan_test_input()` from php/lib.php.
 */
export function runPhpScript(script: string, input: unknown, timeoutMs = 120_000): Promise<string> {
  return runToEnd('php', [...PHP_ARGS, script], { input: JSON.stringify(input), timeoutMs });
}

let snippetCount = 0;

/**
 * Runs `code` (with or without a leading `<?php`) in a fresh PHP process with
 * WordPress loaded, as nobody logged in, and returns what it printed. The generous
 * timeout is for seeding thousands of posts, not for ordinary snippets.
 */
export async function runPhpSnippet(wordpressDir: string, scratchDir: string, code: string, timeoutMs = 600_000): Promise<string> {
  snippetCount += 1;
  const file = path.join(scratchDir, `snippet-${process.pid}-${snippetCount}.php`);
  const body = code.replace(/^\s*<\?php\b/, '');
  fs.writeFileSync(file, `<?php\nrequire ${phpString(path.join(wordpressDir, 'wp-load.php'))};\n${body}\n`);
  try {
    return await runPhpScript(file, null, timeoutMs);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** A PHP single-quoted string literal: no interpolation, only \\ and \' escaped. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The last line of output is the script's JSON answer; anything above it is chatter. */
export function lastJsonLine<T>(output: string): T {
  const line = output.trimEnd().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new Error(`expected JSON on the last line of PHP output, got:\n${output.slice(-2000)}`);
  }
}
