import { createClient } from '../../shared/contract/client.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Channel, Envelope, ToasoanApi, ToasoanBridge } from '../../shared/contract/index.ts';
import { createCore } from '../../electron/main/core/createCore.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../../electron/main/core/settings/SettingsStore.ts';
import { tempDir } from './core.ts';

export interface Loopback {
  api: ToasoanApi;
  bridge: ToasoanBridge;
  /** Make the next calls fail as a dropped transport would. */
  setOffline(offline: boolean): void;
  calls: { channel: Channel; payload: unknown }[];
}

/**
 * The real core on a temporary SQLite library, reached through the real
 * dispatch (validation included), with a JSON round trip standing in for the
 * transport so nothing is shared by reference. For renderer component tests.
 */
export function loopbackApi(): Loopback {
  const core = createCore({ dataDir: tempDir('toasoan-loopback-'), settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
  const { handlers } = core;
  let offline = false;
  const calls: Loopback['calls'] = [];
  const bridge: ToasoanBridge = {
    invoke: async (channel, payload) => {
      calls.push({ channel, payload });
      if (offline) return { ok: false, error: { code: 'Offline', message: 'offline', reason: 'disconnected' } };
      const envelope = await dispatch(handlers, channel, JSON.parse(JSON.stringify(payload ?? null)));
      return JSON.parse(JSON.stringify(envelope)) as Envelope<unknown>;
    },
  };
  return { api: createClient(bridge), bridge, calls, setOffline: (value) => (offline = value) };
}
