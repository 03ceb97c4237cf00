import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../tests/support/core.ts';
import { createCore, LIBRARY_FILE } from '../core/createCore.ts';
import { DatabaseOpenError } from '../core/db/DatabaseOpenError.ts';
import { InsecureTestCipher } from '../core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../core/settings/SettingsStore.ts';
import { describeStartupFailure, openCore } from './openCore.ts';

describe('describeStartupFailure', () => {
  it('explains a library from a newer version in Vietnamese, with the file', () => {
    const failure = describeStartupFailure(new DatabaseOpenError('databaseTooNew', 'v9'), 'vi', '/data/toasoan.sqlite');
    expect(failure.title).toBe('Tòa soạn');
    expect(failure.message).toMatch(/^Thư viện này được tạo bởi một phiên bản Tòa soạn mới hơn/);
    expect(failure.message).toMatch(/\n\n\/data\/toasoan\.sqlite$/);
  });

  it('explains a damaged file in English when that is the language', () => {
    const failure = describeStartupFailure(new DatabaseOpenError('databaseCorrupt', 'x'), 'en', 'f');
    expect(failure.message).toMatch(/^The library file is damaged/);
  });

  it('falls back to a generic sentence for an unexpected error, never a stack trace', () => {
    const failure = describeStartupFailure(new Error('boom at Object.<anonymous>'), 'vi', 'f');
    expect(failure.message).toBe('Lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn.\n\nf');
  });
});

describe('openCore', () => {
  it('returns the core when the library opens', () => {
    const dataDir = tempDir();
    const showErrorBox = vi.fn();
    const core = openCore({
      createCore,
      options: { dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() },
      language: 'vi',
      showErrorBox,
      log: () => undefined,
    });
    expect(core).toBeDefined();
    core?.close();
    expect(showErrorBox).not.toHaveBeenCalled();
  });

  it('shows the reason and returns nothing when the library is refused', () => {
    const showErrorBox = vi.fn();
    const log = vi.fn();
    const core = openCore({
      createCore: () => {
        throw new DatabaseOpenError('databaseTooNew', 'applied migrations unknown to this build');
      },
      options: { dataDir: '/data', settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() },
      language: 'vi',
      showErrorBox,
      log,
    });
    expect(core).toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    expect(showErrorBox).toHaveBeenCalledWith(
      'Tòa soạn',
      expect.stringContaining(path.join('/data', LIBRARY_FILE)),
    );
  });
});
