import { AppError } from '../../../../shared/contract/errors.ts';
import type { Db } from '../db/Db.ts';

/** Seals secrets at rest. Electron's safeStorage (OS keychain / DPAPI / libsecret) in the app. */
export interface Cipher {
  readonly name: string;
  isAvailable(): boolean;
  seal(plaintext: string): Buffer;
  open(sealed: Buffer): string;
}

/** Application passwords and other secrets. Never logged, never stored unsealed. */
export interface Vault {
  get(key: string): string | undefined;
  set(key: string, secret: string): void;
  delete(key: string): void;
}

export class SecretStorageUnavailableError extends AppError {
  constructor(cipher: string) {
    super('Internal', `no secure storage for secrets (${cipher})`, { reason: 'secretStorageUnavailable' });
    this.name = 'SecretStorageUnavailableError';
  }
}

/**
 * Secrets sealed by a Cipher, kept in the library database's `secrets` table.
 * Keys carry the cipher's name: the app (safeStorage) and the CLI (OS keyring)
 * cannot open each other's secrets, and must not overwrite them either.
 */
export class SealedVault implements Vault {
  private readonly db: Db;
  private readonly cipher: Cipher;
  private readonly now: () => number;

  constructor(db: Db, cipher: Cipher, now: () => number = Date.now) {
    this.db = db;
    this.cipher = cipher;
    this.now = now;
  }

  get(key: string): string | undefined {
    const row = this.db.prepare<[string], { sealed: Buffer }>('SELECT sealed FROM secrets WHERE key = ?').get(this.scoped(key));
    if (row === undefined) return undefined;
    if (!this.cipher.isAvailable()) throw new SecretStorageUnavailableError(this.cipher.name);
    return this.cipher.open(row.sealed);
  }

  set(key: string, secret: string): void {
    if (!this.cipher.isAvailable()) throw new SecretStorageUnavailableError(this.cipher.name);
    this.db
      .prepare('INSERT INTO secrets (key, sealed, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at')
      .run(this.scoped(key), this.cipher.seal(secret), this.now());
  }

  delete(key: string): void {
    this.db.prepare('DELETE FROM secrets WHERE key = ?').run(this.scoped(key));
  }

  private scoped(key: string): string {
    return `${this.cipher.name}:${key}`;
  }
}
