import path from 'node:path';

/** package.json `productName`: Electron names the userData folder after it. */
export const PRODUCT_NAME = 'Tòa soạn';

/** Overrides the library folder for the CLI and the harness, e.g. to point at a copy. */
export const DATA_DIR_ENV = 'TOASOAN_DATA';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the desktop app keeps its library: Electron's `app.getPath('userData')`,
 * which is `appData/<productName>`. Reproduced here so the CLI finds the same
 * folder without loading Electron. Pure (platform, env and home passed in) so every
 * platform's answer can be tested on any machine.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: Env, homedir: string): string {
  return appDataDir(platform, env, homedir, platform === 'win32' ? path.win32 : path.posix);
}

function appDataDir(platform: NodeJS.Platform, env: Env, homedir: string, p: path.PlatformPath): string {
  if (platform === 'win32') {
    // Electron asks Windows for FOLDERID_RoamingAppData, which is what %APPDATA% holds.
    const appData = nonEmpty(env.APPDATA) ?? p.join(homedir, 'AppData', 'Roaming');
    return p.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
  // Chromium's GetXDGDirectory: any non-empty XDG_CONFIG_HOME wins, else ~/.config.
  const config = nonEmpty(env.XDG_CONFIG_HOME) ?? p.join(homedir, '.config');
  return p.join(config, PRODUCT_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** `--data` beats `TOASOAN_DATA`, which beats the desktop app's folder. */
export function resolveDataDir(
  explicit: string | undefined,
  platform: NodeJS.Platform,
  env: Env,
  homedir: string,
): string {
  return nonEmpty(explicit) ?? nonEmpty(env[DATA_DIR_ENV]) ?? defaultDataDir(platform, env, homedir);
}
