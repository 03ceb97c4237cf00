import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySettingsStore } from '../core/settings/SettingsStore.ts';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp.ts';
import { hardenWebContents } from './navigationGuards.ts';
import { denyAllPermissions } from './permissions.ts';
import { secureWebPreferences } from './webPreferences.ts';

const electron = vi.hoisted(() => {
  const windows: { options: Record<string, unknown> }[] = [];
  class BrowserWindow {
    readonly options: Record<string, unknown>;
    readonly listeners = new Map<string, () => void>();
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: () => void) {
      return this.on(event, listener);
    }
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1050 };
  return {
    windows,
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, screen: electron.screen }));

const { createMainWindow } = await import('./window.ts');

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
  });

  it('is what the main window is created with, hidden until painted', () => {
    electron.windows.length = 0;
    createMainWindow({
      settings: new MemorySettingsStore(),
      preloadPath: '/app/out/preload/index.cjs',
      url: 'app://toasoan/index.html',
      title: 'Tòa soạn',
      iconPath: '/app/icon.png',
      onLoadFailed: () => undefined,
    });
    const options = electron.windows[0]?.options;
    expect(options?.['webPreferences']).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(options).toMatchObject({ title: 'Tòa soạn', icon: '/app/icon.png', show: false });
  });
});

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  const openExternal = vi.fn();
  // Only the two methods hardenWebContents touches exist on the fake.
  hardenWebContents(contents as unknown as WebContents, { openExternal, devServerUrl: undefined });
  const fire = (event: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { fire, open, openExternal, listeners };
}

describe('window.open', () => {
  it('never opens an Electron window, and sends web links to the system browser', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://baoquangtri.vn/bai-viet')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://baoquangtri.vn/bai-viet'], ['http://example.com/']]);
  });

  it('drops anything that is not http(s) without opening it', () => {
    const { open, openExternal } = fakeContents();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'app://toasoan/index.html',
      'not a url',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  it('lets the page move within app://toasoan', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://toasoan/index.html#/thung-rac')).toBe(false);
    expect(fire('will-redirect', 'app://toasoan/index.html')).toBe(false);
  });

  it('blocks leaving the app; a web link opens in the browser instead', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
  });

  it('blocks file:, javascript:, other app hosts and redirects without opening anything', () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'file:///home/reporter/.ssh/id_rsa')).toBe(true);
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'https://example.com/')).toBe(true);
  });
});

describe('permissions', () => {
  let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let check: ((...args: unknown[]) => boolean) | undefined;
  let device: ((...args: unknown[]) => boolean) | undefined;

  beforeEach(() => {
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => (device = handler),
    };
    // Only the three setters exist on the fake.
    denyAllPermissions(session as unknown as Session);
  });

  it('denies every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers no to every permission check and device request', () => {
    expect(check?.(null, 'clipboard-sanitized-write', 'app://toasoan', {})).toBe(false);
    expect(check?.(null, 'media', 'app://toasoan', {})).toBe(false);
    expect(device?.({ deviceType: 'usb', origin: 'app://toasoan' })).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the app’s own scripts and styles: no inline code, no eval, no remote hosts', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['style-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|\*|https?:/);
  });

  it('is the exact policy agreed for the app', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });
});
