/**
 * Where the renderer lives. Production pages come from our own `app://toasoan`
 * protocol rather than `file://`, so they get a real origin that the CSP, the IPC
 * sender check and the navigation guards can all compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'toasoan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for our own pages: `app://toasoan/…`, or in `electron-vite dev` the dev
 * server's origin. Node's URL reports the origin of non-special schemes as "null",
 * so the app scheme is compared by its parts.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    // Chromium lowercases the host of a standard scheme; Node's parser does not for unknown schemes.
    return parsed.hostname.toLowerCase() === APP_HOST && parsed.port === '' && parsed.username === '' && parsed.password === '';
  }
  if (devServerUrl === undefined || devServerUrl === '') return false;
  const dev = parse(devServerUrl);
  return dev !== undefined && dev.origin !== 'null' && parsed.origin === dev.origin;
}

/** The http(s) URL to hand to the system browser, or undefined for anything else (file:, javascript:, …). */
export function externalBrowserUrl(url: string): string | undefined {
  const parsed = parse(url);
  if (parsed === undefined) return undefined;
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
