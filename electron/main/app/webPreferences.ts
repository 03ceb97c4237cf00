import type { WebPreferences } from 'electron';

/**
 * The renderer's sandbox. Most of these are Electron's defaults today; they are
 * spelled out so a future default change, or someone "just trying" a flag, shows
 * up in review and fails `security.test.ts`.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  } as const satisfies WebPreferences;
}
