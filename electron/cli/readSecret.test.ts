import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFirstLine, readHiddenLine } from './readSecret.ts';

const chunks = (...parts: (string | Uint8Array)[]): Readable => Readable.from(parts.map((part) => Buffer.from(part)));

describe('readFirstLine', () => {
  it('takes the first line, trimmed, and ignores the rest', async () => {
    expect(await readFirstLine(chunks('  abcd efgh ijkl mnop  \r\nthứ hai\n'))).toEqual({ ok: true, text: 'abcd efgh ijkl mnop' });
    expect(await readFirstLine(chunks('abcd ', 'efgh', '\nrest'))).toEqual({ ok: true, text: 'abcd efgh' });
    expect(await readFirstLine(chunks('no newline at the end'))).toEqual({ ok: true, text: 'no newline at the end' });
    expect(await readFirstLine(chunks())).toEqual({ ok: true, text: '' });
  });

  it('stops reading at the newline, so an open pipe does not keep it waiting', async () => {
    const pipe = new PassThrough();
    pipe.write('mật-khẩu\n');
    expect(await readFirstLine(pipe)).toEqual({ ok: true, text: 'mật-khẩu' });
  });

  it('refuses bytes that are not UTF-8 rather than guess', async () => {
    expect(await readFirstLine(chunks(new Uint8Array([0x61, 0xff, 0x0a])))).toEqual({ ok: false, key: 'cli.invalidUtf8' });
  });

  it('says it could not read a broken stdin instead of throwing', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('abc');
      throw new Error('EIO');
    }
    expect(await readFirstLine(broken())).toEqual({ ok: false, key: 'cli.cannotReadFile' });
  });
});

describe('readHiddenLine', () => {
  function terminal(): { input: PassThrough; written: () => string; sink: { write: (chunk: string) => void } } {
    let text = '';
    return { input: new PassThrough(), written: () => text, sink: { write: (chunk: string) => void (text += chunk) } };
  }

  it('prints the prompt but never what was typed', async () => {
    const { input, written, sink } = terminal();
    const answer = readHiddenLine(input, 'Mật khẩu: ', sink);
    input.write(' abcd efgh ijkl \r');
    expect(await answer).toBe('abcd efgh ijkl');
    expect(written()).toBe('Mật khẩu: \n');
  });

  it('gives up on Ctrl-C and on end of input', async () => {
    const ctrlC = terminal();
    const cancelled = readHiddenLine(ctrlC.input, 'P: ', ctrlC.sink);
    ctrlC.input.write('abc\u0003');
    expect(await cancelled).toBeUndefined();
    expect(ctrlC.written()).toBe('P: \n');

    const eof = terminal();
    const ended = readHiddenLine(eof.input, 'P: ', eof.sink);
    eof.input.end();
    expect(await ended).toBeUndefined();
  });
});
