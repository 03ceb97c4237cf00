import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemorySettingsStore } from './core/settings/SettingsStore.ts';
import { tempDir } from '../../tests/support/core.ts';

/** A stand-in for the parts of Electron the composition root touches, recording what it did. */
function fakeElectron(userData: string, options: { gotLock?: boolean } = {}) {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const menus: string[][] = [];
  const windows: { url?: string; options: Record<string, unknown> }[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class BrowserWindow {
    readonly record: { url?: string; options: Record<string, unknown> };
    readonly webContents = { on: vi.fn() };
    constructor(windowOptions: Record<string, unknown>) {
      this.record = { options: windowOptions };
      windows.push(this.record);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    availableSpellCheckerLanguages: ['vi'],
    setSpellCheckerLanguages: vi.fn(),
  };
  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
      on: (event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener),
      whenReady: () => whenReady,
      getPath: () => userData,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: vi.fn(),
      setAsDefaultProtocolClient: vi.fn(() => true),
      quit: vi.fn(),
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8'),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: (channel: string, listener: never) => ipcHandlers.set(channel, listener) },
    session: { defaultSession: session },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (template: { label?: string }[]) => menus.push(template.map((item) => item.label ?? '')),
    },
    dialog: { showErrorBox: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
  };
  return { module, appListeners, ipcHandlers, menus, windows, session, ready };
}

function mockModules(electron: ReturnType<typeof fakeElectron>): void {
  vi.doMock('electron', () => electron.module);
  vi.doMock('../../build/icon.png?asset', () => ({ default: '/icon.png' }));
  // electron-store would load the real Electron package, which tries to download its binary;
  // the adapter has its own test.
  vi.doMock('./app/ElectronSettingsStore.ts', () => ({ ElectronSettingsStore: MemorySettingsStore }));
}

async function start(userData: string, options: { gotLock?: boolean } = {}) {
  const electron = fakeElectron(userData, options);
  mockModules(electron);
  await import('./index.ts');
  electron.ready();
  await vi.waitFor(() => {
    if (electron.module.app.quit.mock.calls.length === 0 && electron.windows.length === 0) throw new Error('starting');
  });
  return electron;
}

const trusted = { senderFrame: { url: 'app://toasoan/index.html', parent: null } };

describe('main entry', () => {
  afterEach(() => {
    vi.resetModules();
    vi.doUnmock('electron');
    vi.doUnmock('../../build/icon.png?asset');
    vi.doUnmock('./app/ElectronSettingsStore.ts');
  });

  it('registers the app scheme, serves the core over IPC and opens the editor from app://', async () => {
    const electron = await start(tempDir());
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // The authorize-application flow hands the new password back through toasoan://auth.
    expect(electron.module.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('toasoan');
    expect(electron.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.url).toBe('app://toasoan/index.html');
    expect(electron.menus.at(-1)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);

    const list = electron.ipcHandlers.get('toasoan:articles.list');
    await expect(list?.(trusted, {})).resolves.toEqual({ ok: true, value: [] });
  });

  it('rebuilds the menu when the renderer switches language', async () => {
    const electron = await start(tempDir());
    await electron.ipcHandlers.get('toasoan:settings.setLanguage')?.(trusted, { language: 'en' });
    expect(electron.menus.at(-1)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('explains a damaged library, then quits without opening a window', async () => {
    const userData = tempDir();
    fs.writeFileSync(path.join(userData, 'toasoan.sqlite'), 'not a database '.repeat(100));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const electron = await start(userData);
    expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'Tòa soạn',
      expect.stringMatching(/^Tệp thư viện bị hỏng[\s\S]*toasoan\.sqlite$/),
    );
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('closes the library when the app quits', async () => {
    const userData = tempDir();
    const electron = await start(userData);
    electron.appListeners.get('will-quit')?.();
    // A closed better-sqlite3 handle refuses queries; the IPC layer turns that into Internal.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await electron.ipcHandlers.get('toasoan:articles.list')?.(trusted, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'Internal' } });
  });

  it('hands over to the running instance instead of opening the library twice', async () => {
    const electron = fakeElectron(tempDir(), { gotLock: false });
    mockModules(electron);
    await import('./index.ts');
    electron.ready();
    await Promise.resolve();
    expect(electron.module.app.quit).toHaveBeenCalledOnce();
    expect(electron.appListeners.size).toBe(0);
  });
});
