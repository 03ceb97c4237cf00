import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { createI18n, describeError } from './index.ts';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('catalogs', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('are stored in NFC, as every other text', () => {
    for (const text of keys(vi).map((key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi))) {
      expect(typeof text === 'string' && text === text.normalize('NFC')).toBe(true);
    }
  });

  it('translate error reasons with their parameters, falling back to the code', () => {
    const t = createI18n('vi').t;
    expect(describeError(t, { code: 'Validation', reason: 'tooLong', max: 500 })).toBe('Quá dài (tối đa 500 ký tự).');
    expect(describeError(t, { code: 'NotFound', reason: 'noSuchReason' })).toBe('Không tìm thấy.');
    expect(describeError(createI18n('en').t, { code: 'Internal' })).toBe('Internal error. Your data is safe.');
  });
});
