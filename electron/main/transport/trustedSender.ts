import { isAppUrl } from '../appUrl.ts';

/** The parts of Electron's WebFrameMain the check reads; a structural type keeps this file Electron-free. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export type SenderCheck = (frame: SenderFrame | null | undefined) => boolean;

/**
 * Only our own page's top frame may call main. `senderFrame` is null once the
 * frame navigated away or was destroyed, and a subframe (an iframe of pasted or
 * server HTML, should one ever appear) must not inherit the page's powers: see
 * Electron's security checklist, "Validate the sender of all IPC messages".
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, devServerUrl?: string): boolean {
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/**
 * The check main uses. `devServerUrl` must come from `ELECTRON_RENDERER_URL` only
 * when the app is not packaged: a packaged app must not trust an origin named by
 * an environment variable.
 */
export function trustedSenderCheck(devServerUrl?: string): SenderCheck {
  return (frame) => isTrustedSender(frame, devServerUrl);
}
