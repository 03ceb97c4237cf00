import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_PREFIX, type Channel } from '../../shared/contract/index.ts';
import { createBridge } from './createBridge.ts';

describe('createBridge', () => {
  it('forwards a contract channel with the app prefix and returns main’s envelope', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'vi' }));
    const bridge = createBridge(invoke);
    await expect(bridge.invoke('settings.getLanguage', {})).resolves.toEqual({ ok: true, value: 'vi' });
    expect(invoke).toHaveBeenCalledWith(`${IPC_PREFIX}settings.getLanguage`, {});
  });

  it('forwards every contract channel', async () => {
    const invoke = vi.fn(async (_channel: string, _payload: unknown) => ({ ok: true, value: null }));
    const bridge = createBridge(invoke);
    for (const channel of CHANNELS) await bridge.invoke(channel, {});
    expect(invoke.mock.calls.map(([name]) => name)).toEqual(CHANNELS.map((c) => IPC_PREFIX + c));
  });

  it('refuses anything else without touching IPC', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const bridge = createBridge(invoke);
    const attempts: unknown[] = [
      'electron-store-get-data',
      'toasoan:settings.getLanguage',
      'settings.getLanguage ',
      'settings',
      'constructor',
      '__proto__',
      '',
      42,
      null,
      { toString: () => 'settings.getLanguage' },
    ];
    for (const channel of attempts) {
      // The page is untrusted JavaScript: it can pass anything, whatever the types say.
      await expect(bridge.invoke(channel as Channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'Validation', message: 'unknown channel', reason: 'unknownChannel' },
      });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a failed invoke into an error envelope instead of a rejection', async () => {
    const bridge = createBridge(async () => {
      throw new Error("No handler registered for 'toasoan:settings.getLanguage'");
    });
    await expect(bridge.invoke('settings.getLanguage', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'Internal', reason: 'disconnected' },
    });
  });

  it('exposes nothing but invoke, and cannot be patched by the page', () => {
    const bridge = createBridge(async () => null);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

describe('preload entry', () => {
  afterEach(() => {
    vi.resetModules();
    vi.doUnmock('electron');
  });

  it('exposes the bridge as window.toasoan and nothing else', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: 'vi' }));
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } }));
    await import('./index.ts');
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, { invoke: (c: string, p: unknown) => Promise<unknown> }];
    expect(key).toBe('toasoan');
    expect(Object.keys(api)).toEqual(['invoke']);
    await api.invoke('settings.getLanguage', {});
    expect(invoke).toHaveBeenCalledWith('toasoan:settings.getLanguage', {});
  });
});
