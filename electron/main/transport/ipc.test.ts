import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, contract, IPC_PREFIX, type Envelope, type Handlers } from '../../../shared/contract/index.ts';
import { registerIpcHandlers, type InvokeEvent, type IpcMainLike } from './ipc.ts';
import { trustedSenderCheck, type SenderFrame } from './trustedSender.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<Envelope<unknown>>;

function fakeIpcMain(): IpcMainLike & { listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
}

function fakeHandlers(): Handlers {
  const map = Object.fromEntries(
    Object.entries(contract).map(([domain, methods]) => [
      domain,
      Object.fromEntries(Object.keys(methods).map((method) => [method, vi.fn(async () => `${domain}.${method} done`)])),
    ]),
  );
  // Built from the contract so a new channel needs no change here; the cast is the price.
  return map as unknown as Handlers;
}

const appFrame: SenderFrame = { url: 'app://toasoan/index.html', parent: null };

function setup() {
  const ipcMain = fakeIpcMain();
  const handlers = fakeHandlers();
  const log = { warn: vi.fn(), error: vi.fn() };
  registerIpcHandlers(ipcMain, handlers, trustedSenderCheck(), log);
  const invoke = (channel: string, payload: unknown, frame: SenderFrame | null = appFrame) => {
    const listener = ipcMain.listeners.get(IPC_PREFIX + channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame }, payload);
  };
  return { ipcMain, handlers, log, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, with the app prefix', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(CHANNELS.map((c) => IPC_PREFIX + c).sort());
  });

  it('calls the handler with the validated input', async () => {
    const { handlers, invoke } = setup();
    await expect(invoke('settings.setLanguage', { language: 'en' })).resolves.toEqual({
      ok: true,
      value: 'settings.setLanguage done',
    });
    expect(handlers.settings.setLanguage).toHaveBeenCalledWith({ language: 'en' });
  });

  it('answers Validation and never calls the handler for a bad payload', async () => {
    const { handlers, invoke } = setup();
    for (const payload of [{ language: 'fr' }, { language: 'en', extra: 1 }, 'en', null, undefined]) {
      const result = await invoke('settings.setLanguage', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('Validation');
    }
    expect(handlers.settings.setLanguage).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', { url: 'https://example.com/', parent: null }],
    ['a subframe of our page', { url: 'app://toasoan/index.html', parent: appFrame }],
    ['a destroyed frame', null],
  ] satisfies [string, SenderFrame | null][])('answers Unauthorized to %s without calling the handler', async (_name, frame) => {
    const { handlers, invoke, log } = setup();
    const result = await invoke('settings.setLanguage', { language: 'en' }, frame);
    expect(result).toEqual({ ok: false, error: { code: 'Unauthorized', message: 'untrusted sender' } });
    expect(handlers.settings.setLanguage).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('logs an unexpected failure and answers Internal without its details', async () => {
    const { handlers, invoke, log } = setup();
    vi.mocked(handlers.settings.getLanguage).mockRejectedValueOnce(new Error('disk on fire at /home/reporter'));
    const result = await invoke('settings.getLanguage', {});
    expect(result).toEqual({ ok: false, error: { code: 'Internal', message: 'internal error', reason: 'unexpected' } });
    expect(log.error).toHaveBeenCalledWith('IPC settings.getLanguage failed', expect.any(Error));
  });
});
