import type { AppSettings, SettingsStore } from '../core/settings/SettingsStore.ts';

export type SettingsListener = <K extends keyof AppSettings>(key: K, value: AppSettings[K]) => void;

/**
 * Passes reads and writes through, then tells main what changed, so the menu can
 * follow a language chosen in the renderer (`settings.setLanguage`) without the
 * core knowing there is a menu.
 */
export class NotifyingSettingsStore implements SettingsStore {
  private readonly inner: SettingsStore;
  private readonly listener: SettingsListener;

  constructor(inner: SettingsStore, listener: SettingsListener) {
    this.inner = inner;
    this.listener = listener;
  }

  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined {
    return this.inner.get(key);
  }

  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void {
    const before = this.inner.get(key);
    this.inner.set(key, value);
    if (before !== value) this.listener(key, value);
  }
}
