import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../core/settings/SettingsStore.ts';
import { trackWindowBounds } from './trackWindowBounds.ts';
import { secureWebPreferences } from './webPreferences.ts';
import { MIN_SIZE, restoreBounds } from './windowBounds.ts';

export interface MainWindowOptions {
  settings: SettingsStore;
  preloadPath: string;
  /** app://toasoan/index.html, or the dev server in `electron-vite dev`. */
  url: string;
  title: string;
  /** Used by Linux window managers; Windows and macOS take the icon from the executable. */
  iconPath?: string | undefined;
  onLoadFailed(error: unknown): void;
}

/**
 * The editor window. Navigation and window.open guards are not here: they are
 * applied to every WebContents from `web-contents-created` (navigationGuards.ts).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const restored = restoreBounds(
    options.settings.get('windowBounds'),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
  );
  const position = restored.x !== undefined && restored.y !== undefined ? { x: restored.x, y: restored.y } : {};
  const win = new BrowserWindow({
    title: options.title,
    ...(options.iconPath !== undefined ? { icon: options.iconPath } : {}),
    ...position,
    width: restored.width,
    height: restored.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown once painted, so a reporter never sees a white flash or a half-laid-out page.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  trackWindowBounds(win, options.settings);
  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    win.show();
  });
  win.loadURL(options.url).catch(options.onLoadFailed);
  return win;
}
