import crypto from 'node:crypto';
import path from 'node:path';
import type { Handlers } from '../../../shared/contract/index.ts';
import { ArticleService, type ArticleServiceOptions } from './articles/ArticleService.ts';
import type { Db } from './db/Db.ts';
import { openDatabase } from './db/openDatabase.ts';
import { createHandlers } from './handlers.ts';
import { systemClock, type Clock, type IdGenerator } from './ports.ts';
import type { SettingsStore } from './settings/SettingsStore.ts';

export const LIBRARY_FILE = 'toasoan.sqlite';

export interface CoreOptions {
  dataDir: string;
  settings: SettingsStore;
  clock?: Clock;
  ids?: IdGenerator;
  articles?: ArticleServiceOptions;
}

export interface Core {
  db: Db;
  handlers: Handlers;
  articles: ArticleService;
  close(): void;
}

const randomIds: IdGenerator = { newId: () => crypto.randomUUID() };

/** Composition root shared by the Electron app, the browser harness and the CLI. Throws DatabaseOpenError. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const db = openDatabase(path.join(options.dataDir, LIBRARY_FILE), { now: () => clock.now() });
  const articles = new ArticleService(db, clock, options.ids ?? randomIds, options.articles);
  const handlers = createHandlers({ articles, settings: options.settings });
  return { db, handlers, articles, close: () => db.close() };
}
