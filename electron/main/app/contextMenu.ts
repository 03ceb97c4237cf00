import { Menu, type BrowserWindow } from 'electron';
import type { Language } from '../../../shared/i18n/languages.ts';
import { buildContextMenuTemplate } from './contextMenuTemplate.ts';

/** Right-click menu with spelling suggestions and clipboard actions, in the current interface language. */
export function attachContextMenu(win: BrowserWindow, language: () => Language): void {
  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, language(), (word) => win.webContents.replaceMisspelling(word));
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
