import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from './menuTemplate.ts';

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  language: 'vi',
  isMac: false,
  isPackaged: true,
  appName: 'Tòa soạn',
  onNewArticle: () => undefined,
  ...overrides,
});

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((top) => [top, ...submenu(top)]);
const byRole = (template: MenuItemConstructorOptions[], role: string) =>
  allItems(template).find((item) => item.role === role);

describe('buildMenuTemplate', () => {
  it('speaks Vietnamese by default', () => {
    const template = buildMenuTemplate(options());
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(submenu(template[0]).map((item) => item.label ?? item.type)).toEqual(['Bài mới', 'separator', 'Thoát']);
    expect(submenu(template[1]).map((item) => item.label ?? item.type)).toEqual([
      'Hoàn tác',
      'Làm lại',
      'separator',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
    ]);
    expect(byRole(template, 'about')?.label).toBe('Giới thiệu Tòa soạn');
  });

  it('speaks English when the settings say so', () => {
    const template = buildMenuTemplate(options({ language: 'en' }));
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(byRole(template, 'paste')?.label).toBe('Paste');
    expect(byRole(template, 'quit')?.label).toBe('Quit');
  });

  it('labels every item, so no OS-language text leaks into the menu', () => {
    for (const item of allItems(buildMenuTemplate(options({ isPackaged: false })))) {
      if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
  });

  it('offers developer tools only in an unpackaged build', () => {
    expect(byRole(buildMenuTemplate(options({ isPackaged: true })), 'toggleDevTools')).toBeUndefined();
    expect(byRole(buildMenuTemplate(options({ isPackaged: false })), 'toggleDevTools')?.label).toBe(
      'Công cụ nhà phát triển',
    );
  });

  it('keeps the standard edit and view roles so shortcuts and enabling follow the platform', () => {
    const template = buildMenuTemplate(options());
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'minimize', 'close']) {
      expect(byRole(template, role), role).toBeDefined();
    }
  });

  it('calls back for "Bài mới" and leaves Ctrl+N to the page', () => {
    const onNewArticle = vi.fn();
    const item = submenu(buildMenuTemplate(options({ onNewArticle }))[0])[0];
    expect(item).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: false });
    (item?.click as () => void)();
    expect(onNewArticle).toHaveBeenCalledOnce();
  });

  it('puts About and Quit in the app menu on macOS', () => {
    const template = buildMenuTemplate(options({ isMac: true }));
    expect(template[0]?.label).toBe('Tòa soạn');
    expect(submenu(template[0]).map((item) => item.role ?? item.type)).toEqual(['about', 'separator', 'quit']);
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });
});
