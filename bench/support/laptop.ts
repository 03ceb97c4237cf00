import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/main/core/createCore.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../../electron/main/core/settings/SettingsStore.ts';
import type { WordPressRole, WordPressSite } from '../../tests/wordpress/startWordPress.ts';

export interface BenchLaptop {
  core: Core;
  /** Closes the core and removes its library folder. */
  dispose(): void;
}

/**
 * The real core on a real SQLite file in a temp folder, as tests/sync/fixture.ts
 * makes it, but without vitest (its tempDir hooks into the running test). The
 * request timeout is the app's default; background passes are off, so only the
 * syncNow being timed talks to the site.
 */
export function benchLaptop(fetchImpl: typeof fetch): BenchLaptop {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-'));
  const core = createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher(), fetch: fetchImpl });
  core.sync.setPublishingSettings({ syncIntervalMinutes: 0 });
  return {
    core,
    dispose: () => {
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectAs(core: Core, site: WordPressSite, role: WordPressRole): Promise<void> {
  const user = site.users[role];
  await core.sites.connect({ url: site.url, username: user.login, appPassword: user.appPassword });
}
