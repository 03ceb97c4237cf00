import { describe, expect, it } from 'vitest';
import { KeyringCipher, type CommandRunner } from './KeyringCipher.ts';

function fakeKeyring(): { run: CommandRunner; calls: string[][] } {
  let stored: string | undefined;
  const calls: string[][] = [];
  const run: CommandRunner = (command, args, input) => {
    calls.push([command, ...args]);
    if (args[0] === 'lookup') return stored;
    if (args[0] === 'store') {
      stored = input;
      return '';
    }
    return undefined;
  };
  return { run, calls };
}

describe('KeyringCipher', () => {
  it('keeps one key in the OS keyring and seals with AES-GCM', () => {
    const keyring = fakeKeyring();
    const cipher = new KeyringCipher('linux', keyring.run);
    const sealed = cipher.seal('abcd EFGH 1234 ijkl');
    expect(sealed.toString('utf8')).not.toContain('abcd EFGH');
    expect(new KeyringCipher('linux', keyring.run).open(sealed)).toBe('abcd EFGH 1234 ijkl');
    expect(keyring.calls.filter((call) => call[1] === 'store')).toHaveLength(1);
    expect(keyring.calls[0]?.[0]).toBe('secret-tool');
  });

  it('detects tampering', () => {
    const keyring = fakeKeyring();
    const cipher = new KeyringCipher('linux', keyring.run);
    const sealed = cipher.seal('secret');
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    expect(() => cipher.open(sealed)).toThrow();
  });

  it('is unavailable without a keyring rather than storing secrets in the clear', () => {
    expect(new KeyringCipher('linux', () => undefined).isAvailable()).toBe(false);
    expect(new KeyringCipher('win32', fakeKeyring().run).isAvailable()).toBe(false);
  });
});
