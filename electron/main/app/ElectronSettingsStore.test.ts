import { describe, expect, it, vi } from 'vitest';

// electron-store imports Electron at load time; the adapter is tested against a stand-in with its API.
const created = vi.hoisted(() => [] as { options: Record<string, unknown>; data: Map<string, unknown> }[]);
vi.mock('electron-store', () => ({
  default: class {
    readonly data = new Map<string, unknown>();
    readonly options: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      created.push(this);
    }
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
  },
}));

const { ElectronSettingsStore } = await import('./ElectronSettingsStore.ts');

describe('ElectronSettingsStore', () => {
  it('uses config.json in userData, survives a broken file, and keeps keys literal', () => {
    new ElectronSettingsStore();
    expect(created.at(-1)?.options).toEqual({
      name: 'config',
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: true,
    });
  });

  it('reads back what it wrote, and nothing for unset keys', () => {
    const store = new ElectronSettingsStore({ cwd: '/tmp/toasoan' });
    expect(created.at(-1)?.options['cwd']).toBe('/tmp/toasoan');
    expect(store.get('language')).toBeUndefined();
    store.set('language', 'en');
    store.set('windowBounds', { x: 1, y: 2, width: 800, height: 600, maximized: false });
    expect(store.get('language')).toBe('en');
    expect(store.get('windowBounds')).toEqual({ x: 1, y: 2, width: 800, height: 600, maximized: false });
  });
});
