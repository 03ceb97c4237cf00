import Store from 'electron-store';
import type { AppSettings, SettingsStore } from '../core/settings/SettingsStore.ts';

/**
 * Settings in `<userData>/config.json` through electron-store (atomic writes).
 * JsonFileSettingsStore reads the same file in the CLI and the harness.
 */
export class ElectronSettingsStore implements SettingsStore {
  // Typed as complete settings for electron-store's key/value inference; any key may still be absent on disk.
  private readonly store: Store<AppSettings>;

  /** `cwd` defaults to Electron's userData folder; tests and a `--user-data-dir` run may point elsewhere. */
  constructor(options: { cwd?: string } = {}) {
    this.store = new Store<AppSettings>({
      name: 'config',
      ...options,
      // Keys are plain names; dotted access would only blur the types.
      accessPropertiesByDotNotation: false,
      // A hand-edited or half-written file must not stop the app from starting; these
      // settings (language, window position) are cheap to lose, unlike the library.
      clearInvalidConfig: true,
    });
  }

  get<K extends keyof AppSettings>(key: K): AppSettings[K] | undefined {
    return this.store.get(key);
  }

  set<K extends keyof AppSettings>(key: K, value: AppSettings[K]): void {
    // No AppSettings value is ever undefined; TypeScript cannot see that through the generic key.
    this.store.set(key, value as Exclude<AppSettings[K], undefined>);
  }
}
