import { InsecureTestCipher } from './InsecureTestCipher.ts';
import { KeyringCipher } from './KeyringCipher.ts';
import type { Cipher } from './Vault.ts';

/** Tests and the browser harness opt into the insecure cipher by name; everyone else gets the OS keyring. */
export const INSECURE_TEST_VAULT_ENV = 'TOASOAN_INSECURE_TEST_VAULT';

export function cipherForPlainNode(env: Readonly<Record<string, string | undefined>>): Cipher {
  return env[INSECURE_TEST_VAULT_ENV] === '1' ? new InsecureTestCipher() : new KeyringCipher();
}
