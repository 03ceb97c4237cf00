import type { Language } from '../../../../shared/i18n/languages.ts';
import type { PublishingSettings } from '../../../../shared/domain/site.ts';
import type { NewsroomSettings } from '../../../../shared/domain/article.ts';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

/** Everything the app keeps outside the library database. Secrets never go here (see Vault). */
export interface AppSettings {
  language: Language;
  windowBounds: WindowBounds;
  publishing: PublishingSettings;
  newsroom: NewsroomSettings;
}

/** electron-store in the app, a JSON file in the harness and the CLI, memory in tests. */
export interface SettingsStore {
  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined;
  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void;
}

export class MemorySettingsStore implements SettingsStore {
  private readonly values: Partial<AppSettings> = {};

  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined {
    return this.values[key];
  }

  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void {
    this.values[key] = value;
  }
}
