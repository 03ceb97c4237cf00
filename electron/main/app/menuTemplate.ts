import type { MenuItemConstructorOptions } from 'electron';
import { createI18n } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';

export interface MenuOptions {
  language: Language;
  /** macOS wants the app's own menu first, holding About and Quit. */
  isMac: boolean;
  /** Developer tools only in an unpackaged build. */
  isPackaged: boolean;
  appName: string;
  onNewArticle(): void;
}

/**
 * The application menu as data. Roles keep the platform behaviour (shortcuts,
 * enabling Cut only with a selection, …); only the labels are ours, so the menu
 * speaks the language chosen in the app rather than the OS's.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = createI18n(options.language).t;
  const about: MenuItemConstructorOptions = { role: 'about', label: t('menu.about') };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit') };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [{ label: options.appName, submenu: [about, { type: 'separator' }, quit] }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      {
        id: 'newArticle',
        label: t('menu.newArticle'),
        accelerator: 'CmdOrCtrl+N',
        // Shown in the menu but left to the page: the renderer owns the "new article" flow.
        registerAccelerator: false,
        click: () => options.onNewArticle(),
      },
      ...(options.isMac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...(options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.devTools') } as const]),
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: options.isMac ? [] : [about],
  };

  return [...appMenu, file, edit, view, window, help];
}
