import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../appUrl.ts';

export type AppPathResult = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps an app:// URL to a file inside `root` (the built renderer), or refuses.
 * The URL parser already folds `..` segments, but percent-encoded separators
 * (`..%2f`, `..%5c` on Windows) only become dangerous after decoding, so the
 * decoded path is resolved and must still lie inside the root.
 */
export function resolveAppPath(root: string, requestUrl: string): AppPathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') {
    return { ok: false, status: 404 };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.sep}${pathname}`);
  const relative = path.relative(base, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { ok: false, status: 404 };
  }
  return { ok: true, file };
}
