import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../../../shared/contract/index.ts';
import { ArticleService, type ArticleServiceOptions } from './articles/ArticleService.ts';
import { NewsroomSettingsService } from './articles/NewsroomSettingsService.ts';
import type { Db } from './db/Db.ts';
import { createHandlers } from './handlers.ts';
import { MediaStore } from './media/MediaStore.ts';
import { systemClock, type Clock, type IdGenerator } from './ports.ts';
import { BackupService } from './backup/BackupService.ts';
import { keepDailyBackups } from './backup/keepDailyBackups.ts';
import { openLibraryRecovering, type Recovery } from './backup/recoverLibrary.ts';
import { HistoryService } from './history/HistoryService.ts';
import { TransferService } from './transfer/TransferService.ts';
import { SearchService } from './search/SearchService.ts';
import { SealedVault, type Cipher } from './secrets/Vault.ts';
import type { SettingsStore } from './settings/SettingsStore.ts';
import { SiteRepository } from './sites/SiteRepository.ts';
import { SiteService } from './sites/SiteService.ts';
import { SyncRepository } from './sync/SyncRepository.ts';
import { SyncService } from './sync/SyncService.ts';
import { TemplateService } from './templates/TemplateService.ts';

export const LIBRARY_FILE = 'toasoan.sqlite';

export interface CoreOptions {
  dataDir: string;
  settings: SettingsStore;
  /** How secrets are sealed at rest: safeStorage in the app, the OS keyring for the CLI, a named test cipher in tests. */
  cipher: Cipher;
  clock?: Clock;
  ids?: IdGenerator;
  articles?: ArticleServiceOptions;
  fetch?: typeof fetch;
  requestTimeoutMs?: number;
  syncAfterSubmit?: boolean;
  authorizeCallbackUrl?: () => string | undefined;
  /**
   * The app and the harness keep a daily backup (seven kept) while the library is open;
   * the CLI and tests, short-lived, do not.
   */
  dailyBackups?: { onError(error: unknown): void };
  /** SQLite's quick check on open (see openDatabase): the app and harness, once per start. */
  integrityCheck?: boolean;
}

export interface Core {
  db: Db;
  handlers: Handlers;
  articles: ArticleService;
  sites: SiteService;
  sync: SyncService;
  media: MediaStore;
  templates: TemplateService;
  search: SearchService;
  history: HistoryService;
  backups: BackupService;
  transfer: TransferService;
  /** Set when the library was found damaged on open and its latest backup put in its place. */
  recovery: Recovery | undefined;
  close(): void;
}

const randomIds: IdGenerator = { newId: () => crypto.randomUUID() };

/** Composition root shared by the Electron app, the browser harness and the CLI. Throws DatabaseOpenError. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const libraryFile = path.join(options.dataDir, LIBRARY_FILE);
  const { db, recovery } = openLibraryRecovering(libraryFile, options.dataDir, clock.now(), options.integrityCheck === true);
  const ids = options.ids ?? randomIds;
  const articles = new ArticleService(db, clock, ids, options.articles);
  const templates = new TemplateService(db, clock, ids, articles);
  const newsroom = new NewsroomSettingsService(options.settings);
  const media = new MediaStore(db, options.dataDir, clock);
  const sites = new SiteService(new SiteRepository(db), {
    vault: new SealedVault(db, options.cipher, () => clock.now()),
    clock,
    fetch: options.fetch,
    requestTimeoutMs: options.requestTimeoutMs,
    appName: `Tòa soạn – ${os.hostname()}`,
    authorizeCallbackUrl: options.authorizeCallbackUrl,
  });
  const sync = new SyncService({
    articles,
    sites,
    sync: new SyncRepository(db),
    media,
    settings: options.settings,
    clock,
    syncAfterSubmit: options.syncAfterSubmit,
  });
  const search = new SearchService(db, clock);
  const history = new HistoryService(db, clock);
  // Old autosaves thinned and month-old trash emptied each time a library opens (the app, the CLI).
  // Housekeeping, not a condition of opening: a library on a read-only disk still opens to be read.
  try {
    history.maintain();
  } catch {
    // Tried again at the next open.
  }
  const backups = new BackupService(db, options.dataDir, libraryFile, clock);
  const stopDailyBackups = options.dailyBackups === undefined ? () => undefined : keepDailyBackups(backups, options.dailyBackups.onError);
  const transfer = new TransferService(db, articles, media);
  const handlers = createHandlers({ articles, settings: options.settings, sites, sync, media, templates, newsroom, search, history, backups, recovery, transfer });
  return {
    db,
    handlers,
    articles,
    sites,
    sync,
    media,
    templates,
    search,
    history,
    backups,
    transfer,
    recovery,
    close: () => {
      stopDailyBackups();
      sync.stop();
      db.close();
    },
  };
}
