import fs from 'node:fs';
import path from 'node:path';
import type { AppSettings, SettingsStore } from './SettingsStore.ts';

/**
 * Settings as a JSON file, in the same place and format electron-store uses
 * (`<data>/config.json`), so the CLI and the harness see the desktop app's choices.
 * Writes go to a temporary file and are renamed over, so a crash never leaves half a file.
 */
export class JsonFileSettingsStore implements SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'config.json');
  }

  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined {
    return this.read()[key];
  }

  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void {
    const next = { ...this.read(), [key]: value };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(next, null, '\t')}\n`);
    fs.renameSync(temp, this.file);
  }

  /** A missing or unreadable file means defaults: settings are never worth refusing to start over. */
  private read(): Partial<AppSettings> {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<AppSettings>) : {};
    } catch {
      return {};
    }
  }
}
