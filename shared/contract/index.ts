import type { z } from 'zod';
import { articlesInputs, type ArticlesApi } from './articles.ts';
import { settingsInputs, type SettingsApi } from './settings.ts';
import { sitesInputs, type SitesApi } from './sites.ts';
import { syncInputs, type SyncApi } from './sync.ts';
import { mediaInputs, type MediaApi } from './media.ts';
import { templatesInputs, type TemplatesApi } from './templates.ts';
import { newsroomInputs, type NewsroomApi } from './newsroom.ts';
import { searchInputs, type SearchApi } from './search.ts';
import { backupInputs, type BackupApi } from './backup.ts';
import type { ErrorPayload } from './errors.ts';

/**
 * The whole contract between the renderer and main, declared once: one input
 * schema per method, grouped by domain. Transports (Electron IPC, the browser
 * harness WebSocket) and the preload allowlist are all derived from it.
 */
export const contract = {
  articles: articlesInputs,
  settings: settingsInputs,
  sites: sitesInputs,
  sync: syncInputs,
  media: mediaInputs,
  templates: templatesInputs,
  newsroom: newsroomInputs,
  search: searchInputs,
  backup: backupInputs,
} as const;

export interface ToasoanApi {
  articles: ArticlesApi;
  settings: SettingsApi;
  sites: SitesApi;
  sync: SyncApi;
  media: MediaApi;
  templates: TemplatesApi;
  newsroom: NewsroomApi;
  search: SearchApi;
  backup: BackupApi;
}

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type Method<D extends Domain> = keyof Contract[D] & string;
export type Channel = { [D in Domain]: `${D}.${Method<D>}` }[Domain];

/** Handlers receive inputs after validation (defaults applied, text in NFC). */
export type Handlers = {
  [D in Domain]: {
    [M in Method<D>]: M extends keyof ToasoanApi[D]
      ? Contract[D][M] extends z.ZodType
        ? ToasoanApi[D][M] extends (input: never) => infer R
          ? (input: z.output<Contract[D][M]>) => R
          : never
        : never
      : never;
  };
};

// The interfaces and the schemas must list the same methods; this fails to compile otherwise.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const interfacesMatchSchemas: { [D in Domain]: SameKeys<ToasoanApi[D], Contract[D]> } = {
  articles: true,
  settings: true,
  sites: true,
  sync: true,
  media: true,
  templates: true,
  newsroom: true,
  search: true,
  backup: true,
};
void interfacesMatchSchemas;

export const CHANNELS: readonly Channel[] = Object.entries(contract).flatMap(([domain, methods]) =>
  Object.keys(methods).map((method) => `${domain}.${method}` as Channel),
);

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && channelSet.has(value);
}

/** Electron IPC channel names carry the app prefix, as `toasoan:articles.get`. */
export const IPC_PREFIX = 'toasoan:';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** What the preload (or the harness bridge) exposes to the page as the global `toasoan`. */
export interface ToasoanBridge {
  invoke(channel: Channel, payload: unknown): Promise<Envelope<unknown>>;
}
