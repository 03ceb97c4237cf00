import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { TextSink } from './io.ts';

/** Far longer than any application password (24 letters, with spaces 29); stops a stray `< big.file`. */
const MAX_LINE_BYTES = 4_096;
const NEWLINE = 0x0a;

export type SecretLine = { ok: true; text: string } | { ok: false; key: 'cli.invalidUtf8' | 'cli.cannotReadFile' };

/**
 * The first line of a pipe, trimmed (a trailing `\r` included). Stops at the first
 * newline, so `printf 'pw\n' | toasoan …` and a here-string both work, and the
 * rest of stdin is never read.
 */
export async function readFirstLine(stdin: AsyncIterable<Uint8Array>): Promise<SecretLine> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of stdin) {
      const end = chunk.indexOf(NEWLINE);
      chunks.push(end === -1 ? chunk : chunk.subarray(0, end));
      length += chunk.length;
      if (end !== -1 || length >= MAX_LINE_BYTES) break;
    }
  } catch {
    // A closed or broken stdin: runCli would otherwise report it as an unusable library.
    return { ok: false, key: 'cli.cannotReadFile' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).trim() };
  } catch {
    return { ok: false, key: 'cli.invalidUtf8' };
  }
}

/**
 * Reads one line from a terminal without echoing it: readline in terminal mode
 * puts the TTY in raw mode and echoes through its output, which here goes nowhere.
 * Resolves undefined on Ctrl-C or Ctrl-D, so the caller can stop without storing anything.
 */
export function readHiddenLine(input: NodeJS.ReadableStream, prompt: string, output: TextSink): Promise<string | undefined> {
  output.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input, output: muted, terminal: true });
  return new Promise((resolve) => {
    let answer: string | undefined;
    rl.once('line', (line) => {
      answer = line.trim();
      rl.close();
    });
    // Without a listener readline would only pause on Ctrl-C and the CLI would hang.
    rl.once('SIGINT', () => rl.close());
    rl.once('close', () => {
      output.write('\n');
      resolve(answer);
    });
  });
}
