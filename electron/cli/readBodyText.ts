import fs from 'node:fs/promises';

export type BodyText =
  | { ok: true; text: string }
  | { ok: false; key: 'cli.invalidUtf8' | 'cli.cannotReadFile' };

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads a plain-text body from a file or (`-`) standard input and decodes it strictly.
 * A file saved in a legacy code page (TCVN3, Windows-1258) or as UTF-16 would
 * otherwise turn every Vietnamese letter into U+FFFD, and that loss would be saved
 * and later published; refusing lets the reporter re-save it. A UTF-8 BOM
 * (Notepad adds one) is dropped by the decoder.
 */
export async function readBodyText(source: string, stdin: AsyncIterable<Uint8Array>): Promise<BodyText> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readAll(stdin) : await fs.readFile(source);
  } catch {
    return { ok: false, key: 'cli.cannotReadFile' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, key: 'cli.invalidUtf8' };
  }
}
