import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, PRODUCT_NAME, resolveDataDir } from './paths.ts';

describe('defaultDataDir (Electron userData = appData/productName)', () => {
  it('uses %APPDATA% on Windows, with Windows separators', () => {
    const env = { APPDATA: 'C:\\Users\\minh\\AppData\\Roaming' };
    expect(defaultDataDir('win32', env, 'C:\\Users\\minh')).toBe('C:\\Users\\minh\\AppData\\Roaming\\Tòa soạn');
  });

  it('falls back to the roaming folder under the profile when %APPDATA% is unset', () => {
    expect(defaultDataDir('win32', {}, 'C:\\Users\\minh')).toBe('C:\\Users\\minh\\AppData\\Roaming\\Tòa soạn');
  });

  it('uses Application Support on macOS and ignores XDG there', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/x' }, '/Users/minh')).toBe(
      '/Users/minh/Library/Application Support/Tòa soạn',
    );
  });

  it('uses $XDG_CONFIG_HOME on Linux when set, else ~/.config', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/srv/cfg' }, '/home/minh')).toBe('/srv/cfg/Tòa soạn');
    expect(defaultDataDir('linux', {}, '/home/minh')).toBe('/home/minh/.config/Tòa soạn');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '' }, '/home/minh')).toBe('/home/minh/.config/Tòa soạn');
    expect(defaultDataDir('freebsd', {}, '/home/minh')).toBe('/home/minh/.config/Tòa soạn');
  });

  it('matches package.json productName byte for byte (an NFD spelling would be another folder)', () => {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      productName: string;
    };
    expect(PRODUCT_NAME).toBe(pkg.productName);
    expect(PRODUCT_NAME).toBe(PRODUCT_NAME.normalize('NFC'));
  });
});

describe('resolveDataDir', () => {
  it('prefers --data, then TOASOAN_DATA, then the app folder', () => {
    const env = { TOASOAN_DATA: '/env/lib' };
    expect(resolveDataDir('/flag/lib', 'linux', env, '/home/minh')).toBe('/flag/lib');
    expect(resolveDataDir(undefined, 'linux', env, '/home/minh')).toBe('/env/lib');
    expect(resolveDataDir(undefined, 'linux', { TOASOAN_DATA: '' }, '/home/minh')).toBe('/home/minh/.config/Tòa soạn');
  });
});
