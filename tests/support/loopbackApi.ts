import { createClient } from '../../shared/contract/client.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Channel, Envelope, ToasoanApi, ToasoanBridge } from '../../shared/contract/index.ts';
import { createHandlers } from '../../electron/main/core/handlers.ts';
import { ArticleService } from '../../electron/main/core/articles/ArticleService.ts';
import { openDatabase } from '../../electron/main/core/db/openDatabase.ts';
import { MemorySettingsStore } from '../../electron/main/core/settings/SettingsStore.ts';
import { systemClock } from '../../electron/main/core/ports.ts';

export interface Loopback {
  api: ToasoanApi;
  bridge: ToasoanBridge;
  /** Make the next calls fail as a dropped transport would. */
  setOffline(offline: boolean): void;
  calls: { channel: Channel; payload: unknown }[];
}

/**
 * The real core on an in-memory SQLite database, reached through the real
 * dispatch (validation included), with a JSON round trip standing in for the
 * transport so nothing is shared by reference. For renderer component tests.
 */
export function loopbackApi(): Loopback {
  const db = openDatabase(':memory:');
  const handlers = createHandlers({
    articles: new ArticleService(db, systemClock, { newId: () => crypto.randomUUID() }),
    settings: new MemorySettingsStore(),
  });
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
