import type { Cipher } from './Vault.ts';

/**
 * FOR TESTS AND THE BROWSER HARNESS ONLY: "seals" by reversible XOR with a fixed
 * key, so test databases do not hold application passwords as greppable text,
 * but it protects nothing. The Electron app uses safeStorage; the CLI uses the OS
 * keyring. Selected only by an explicit flag or environment variable.
 */
export class InsecureTestCipher implements Cipher {
  readonly name = 'insecure-test-cipher';
  private static readonly KEY = Buffer.from('toasoan-insecure-test-only');

  isAvailable(): boolean {
    return true;
  }

  seal(plaintext: string): Buffer {
    return InsecureTestCipher.xor(Buffer.from(plaintext, 'utf8'));
  }

  open(sealed: Buffer): string {
    return InsecureTestCipher.xor(sealed).toString('utf8');
  }

  private static xor(input: Buffer): Buffer {
    const out = Buffer.alloc(input.length);
    for (let i = 0; i < input.length; i++) out[i] = (input[i] ?? 0) ^ (InsecureTestCipher.KEY[i % InsecureTestCipher.KEY.length] ?? 0);
    return out;
  }
}
