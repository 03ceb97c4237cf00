import type { WebContents } from 'electron';
import { externalBrowserUrl, isAppUrl } from '../appUrl.ts';

export interface NavigationPolicy {
  /** The `electron-vite dev` server, trusted only in an unpackaged app. */
  devServerUrl?: string | undefined;
  /** `shell.openExternal` in the app. Only ever called with an http(s) URL. */
  openExternal(url: string): void;
}

/**
 * Applied to every WebContents main creates (from `web-contents-created`), so a
 * window added later cannot forget it. The page may never become another page:
 * - `window.open` / `target=_blank` never creates an Electron window; http(s)
 *   links go to the system browser, anything else (file:, javascript:, custom
 *   schemes that would launch programs) is dropped.
 * - A top-level navigation away from our origin is cancelled; if it was a web
 *   link it opens in the browser instead. A redirect is cancelled silently: the
 *   user did not ask for wherever it leads.
 * - `<webview>` could host a page with its own preferences; it is refused.
 */
export function hardenWebContents(contents: WebContents, policy: NavigationPolicy): void {
  const openInBrowser = (url: string): void => {
    const external = externalBrowserUrl(url);
    if (external !== undefined) policy.openExternal(external);
  };

  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, policy.devServerUrl)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, policy.devServerUrl)) return;
    event.preventDefault();
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
