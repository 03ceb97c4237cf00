import { Menu } from 'electron';
import { buildMenuTemplate, type MenuOptions } from './menuTemplate.ts';

/** (Re)builds the application menu; called at start and whenever the language changes. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
