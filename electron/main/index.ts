import path from 'node:path';
import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import appIcon from '../../build/icon.png?asset';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { APP_ENTRY_URL } from './appUrl.ts';
import { attachContextMenu } from './app/contextMenu.ts';
import { ElectronSettingsStore } from './app/ElectronSettingsStore.ts';
import { AUTH_CALLBACK_URL, authCallbackParams } from './app/authCallback.ts';
import { SafeStorageCipher } from './app/SafeStorageCipher.ts';
import { installMenu } from './app/menu.ts';
import { NotifyingSettingsStore } from './app/NotifyingSettingsStore.ts';
import { hardenWebContents } from './app/navigationGuards.ts';
import { openCore } from './app/openCore.ts';
import { denyAllPermissions } from './app/permissions.ts';
import { handleAppProtocol, registerAppScheme } from './app/protocol.ts';
import { preferVietnameseSpellChecking } from './app/spellcheck.ts';
import { createMainWindow } from './app/window.ts';
import { createCore, type Core } from './core/createCore.ts';
import type { SettingsStore } from './core/settings/SettingsStore.ts';
import { registerIpcHandlers } from './transport/ipc.ts';
import { trustedSenderCheck } from './transport/trustedSender.ts';

const APP_TITLE = 'Tòa soạn';
const RENDERER_ROOT = path.join(import.meta.dirname, '../renderer');
const PRELOAD = path.join(import.meta.dirname, '../preload/index.cjs');
// Only an unpackaged app (electron-vite dev) may load, and trust, a dev server named by the environment.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined;

let core: Core | undefined;
let settings: SettingsStore | undefined;
let mainWindow: BrowserWindow | undefined;
let language: Language = DEFAULT_LANGUAGE;

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('cannot open in the browser', error));
}

function refreshMenu(): void {
  installMenu({
    language,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    appName: APP_TITLE,
    onNewArticle: showMainWindow,
  });
}

function showMainWindow(): void {
  if (mainWindow === undefined || mainWindow.isDestroyed()) {
    openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The site sent back an application password (authorize-application flow). */
function completeAuthorization(input: string | readonly string[]): void {
  const params = authCallbackParams(input);
  if (params === undefined || core === undefined) return;
  core.sites.completeAuthorize(params).then(
    () => mainWindow?.webContents.reload(),
    (error: unknown) => console.error('site authorization failed', error instanceof Error ? error.message : 'unknown'),
  );
}

function openMainWindow(): void {
  if (core === undefined || settings === undefined) return;
  const win = createMainWindow({
    settings,
    preloadPath: PRELOAD,
    url: devServerUrl ?? APP_ENTRY_URL,
    title: APP_TITLE,
    iconPath: appIcon,
    onLoadFailed: (error) => console.error('cannot load the editor', error),
  });
  attachContextMenu(win, () => language);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  mainWindow = win;
}

function onReady(): void {
  const stored = new ElectronSettingsStore();
  const initial = stored.get('language');
  language = isLanguage(initial) ? initial : DEFAULT_LANGUAGE;
  settings = new NotifyingSettingsStore(stored, (key, value) => {
    if (key === 'language' && isLanguage(value)) {
      language = value;
      refreshMenu();
    }
  });

  core = openCore({
    createCore,
    options: {
      dataDir: app.getPath('userData'),
      settings,
      cipher: new SafeStorageCipher(),
      authorizeCallbackUrl: () => AUTH_CALLBACK_URL,
      syncAfterSubmit: true,
      integrityCheck: true,
      dailyBackups: { onError: (error) => console.error('daily backup failed', error) },
    },
    language,
    showErrorBox: (title, message) => dialog.showErrorBox(title, message),
    log: (message, error) => console.error(message, error),
  });
  if (core === undefined) {
    app.quit();
    return;
  }

  denyAllPermissions(session.defaultSession);
  preferVietnameseSpellChecking(session.defaultSession);
  const media = core.media;
  handleAppProtocol(RENDERER_ROOT, (hash) => {
    const info = media.get(hash);
    return info === undefined ? undefined : { file: media.pathOf(hash), mime: info.mime };
  });
  app.setAsDefaultProtocolClient('toasoan');
  core.sync.start();
  void core.sync.syncNow();
  registerIpcHandlers(ipcMain, core.handlers, trustedSenderCheck(devServerUrl), console);
  app.setAboutPanelOptions({ applicationName: APP_TITLE, applicationVersion: app.getVersion() });
  refreshMenu();
  openMainWindow();
}

// Before anything else: privileges can only be granted before `ready`.
registerAppScheme();

// One app per user: two processes autosaving into one SQLite file would fight over it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    completeAuthorization(argv);
    showMainWindow();
  });
  app.on('open-url', (event, url) => {
    event.preventDefault();
    completeAuthorization(url);
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { devServerUrl, openExternal }));
  app.on('activate', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    core?.close();
    core = undefined;
  });
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Tòa soạn failed to start', error);
      dialog.showErrorBox(APP_TITLE, error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
