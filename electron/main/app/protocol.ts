import { protocol } from 'electron';
import { APP_SCHEME } from '../appUrl.ts';
import { serveAppFile, type AppRequest, type MediaLookup } from './serveAppFile.ts';

/**
 * Must run before `app` is ready. `standard` gives app://toasoan a real origin
 * (relative URLs, localStorage, the CSP's 'self'); `secure` makes it a secure
 * context like https; `supportFetchAPI` lets the page fetch its own assets.
 * Deliberately not `bypassCSP`, `corsEnabled` or `allowServiceWorkers`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: serve app://toasoan/… from the built renderer folder. */
export function handleAppProtocol(rendererRoot: string, media?: MediaLookup): void {
  // Electron's request is a fetch Request plus `initiatorOrigin`, which its typings put on ProtocolRequest only.
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request as Request & AppRequest, rendererRoot, undefined, media));
}
