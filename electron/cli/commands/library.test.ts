import { describe, expect, it } from 'vitest';
import type { Core } from '../../main/core/createCore.ts';
import { libraryAccess } from './library.ts';

const failing = (code: string) => {
  const error = Object.assign(new Error(`${code}: operation failed`), { code });
  return () => {
    throw error;
  };
};

describe('libraryAccess', () => {
  const access = libraryAccess(() => ({}) as Core, () => undefined);

  it('says a full disk and a read-only folder in words, not as a crash', async () => {
    expect(await access.run(failing('ENOSPC'))).toMatchObject({ ok: false, error: { reason: 'diskFull' } });
    expect(await access.run(failing('SQLITE_FULL'))).toMatchObject({ ok: false, error: { reason: 'diskFull' } });
    expect(await access.run(failing('EROFS'))).toMatchObject({ ok: false, error: { reason: 'notWritable' } });
    expect(await access.run(failing('EACCES'))).toMatchObject({ ok: false, error: { reason: 'notWritable' } });
    expect(await access.run(failing('EIO'))).toMatchObject({ ok: false, error: { reason: 'unexpected' } });
  });

  it('gives back what the work returned', async () => {
    expect(await access.run(() => 42)).toEqual({ ok: true, value: 42 });
  });
});
