import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import type { Cipher } from './Vault.ts';

/** Runs a command with stdin, returns stdout or undefined when it fails; injectable for tests. */
export type CommandRunner = (command: string, args: string[], input?: string) => string | undefined;

export const runCommand: CommandRunner = (command, args, input) => {
  const result = spawnSync(command, args, { input, encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout : undefined;
};

const SERVICE = 'toasoan-cli';
const ACCOUNT = 'library-key';

/** The OS keyring's command-line front end on each platform (libsecret, the macOS keychain). */
export function keyringCommands(platform: NodeJS.Platform): { lookup: [string, string[]]; store: (key: string) => [string, string[], string] } | undefined {
  if (platform === 'linux' || platform === 'freebsd') {
    return {
      lookup: ['secret-tool', ['lookup', 'service', SERVICE, 'account', ACCOUNT]],
      store: (key) => ['secret-tool', ['store', '--label=Tòa soạn CLI', 'service', SERVICE, 'account', ACCOUNT], key],
    };
  }
  if (platform === 'darwin') {
    return {
      lookup: ['security', ['find-generic-password', '-s', SERVICE, '-a', ACCOUNT, '-w']],
      store: (key) => ['security', ['add-generic-password', '-U', '-s', SERVICE, '-a', ACCOUNT, '-w', key], ''],
    };
  }
  return undefined;
}

/**
 * The CLI runs without Electron, so without safeStorage. It keeps one random
 * AES-256-GCM key in the OS keyring and seals secrets with it; where no keyring
 * is reachable it is unavailable and the CLI refuses to store a password.
 */
export class KeyringCipher implements Cipher {
  readonly name = 'cli-keyring';
  private key: Buffer | undefined;
  private readonly platform: NodeJS.Platform;
  private readonly run: CommandRunner;

  constructor(platform: NodeJS.Platform = process.platform, run: CommandRunner = runCommand) {
    this.platform = platform;
    this.run = run;
  }

  isAvailable(): boolean {
    return this.loadKey() !== undefined;
  }

  seal(plaintext: string): Buffer {
    const key = this.requireKey();
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer): string {
    const key = this.requireKey();
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  }

  private requireKey(): Buffer {
    const key = this.loadKey();
    if (key === undefined) throw new Error('OS keyring unavailable');
    return key;
  }

  private loadKey(): Buffer | undefined {
    if (this.key !== undefined) return this.key;
    const commands = keyringCommands(this.platform);
    if (commands === undefined) return undefined;
    const found = this.run(...commands.lookup)?.trim();
    if (found !== undefined && /^[0-9a-f]{64}$/.test(found)) {
      this.key = Buffer.from(found, 'hex');
      return this.key;
    }
    const fresh = crypto.randomBytes(32).toString('hex');
    const [command, args, input] = commands.store(fresh);
    if (this.run(command, args, input) === undefined) return undefined;
    const stored = this.run(...commands.lookup)?.trim();
    if (stored !== fresh) return undefined;
    this.key = Buffer.from(fresh, 'hex');
    return this.key;
  }
}
