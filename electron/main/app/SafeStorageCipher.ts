import { safeStorage } from 'electron';
import type { Cipher } from '../core/secrets/Vault.ts';

/**
 * Electron's safeStorage: the OS keychain on macOS, DPAPI on Windows, libsecret /
 * kwallet on Linux. On Linux without a keyring it falls back to a hard-coded
 * password ("basic_text"), which is no protection: treat that as unavailable.
 */
export class SafeStorageCipher implements Cipher {
  readonly name = 'safe-storage';

  isAvailable(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  }

  seal(plaintext: string): Buffer {
    return safeStorage.encryptString(plaintext);
  }

  open(sealed: Buffer): string {
    return safeStorage.decryptString(sealed);
  }
}
