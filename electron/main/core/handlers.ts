import type { Handlers } from '../../../shared/contract/index.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../shared/i18n/languages.ts';
import { composeNewArticle } from '../../../shared/templates/newArticle.ts';
import type { ArticleService } from './articles/ArticleService.ts';
import type { NewsroomSettingsService } from './articles/NewsroomSettingsService.ts';
import type { MediaStore } from './media/MediaStore.ts';
import type { BackupService } from './backup/BackupService.ts';
import type { Recovery } from './backup/recoverLibrary.ts';
import type { HistoryService } from './history/HistoryService.ts';
import type { TransferService } from './transfer/TransferService.ts';
import type { SearchService } from './search/SearchService.ts';
import type { SettingsStore } from './settings/SettingsStore.ts';
import type { SiteService } from './sites/SiteService.ts';
import type { SyncService } from './sync/SyncService.ts';
import type { TemplateService } from './templates/TemplateService.ts';

export interface CoreServices {
  articles: ArticleService;
  settings: SettingsStore;
  sites: SiteService;
  sync: SyncService;
  media: MediaStore;
  templates: TemplateService;
  newsroom: NewsroomSettingsService;
  search: SearchService;
  history: HistoryService;
  backups: BackupService;
  recovery: Recovery | undefined;
  transfer: TransferService;
}

/** The one handler map every transport serves (Electron IPC, the harness WebSocket, the CLI). */
export function createHandlers(services: CoreServices): Handlers {
  const { articles, settings, sites, sync, media, templates, newsroom, search, history, backups, recovery, transfer } = services;
  const entry = ({ name, createdAt, articles: count, media: photos, bytes }: { name: string; createdAt: number; articles: number; media: number; bytes: number }) => ({ name, createdAt, articles: count, media: photos, bytes });
  return {
    backup: {
      status: async () => ({ backupsDir: backups.backupsDir, recovery: recovery ?? null }),
      list: async () => backups.list().map(entry),
      create: async () => entry(await backups.create()),
      restore: async ({ name }) => {
        const { restored, previous } = await backups.restore(backups.fileOf(name));
        return { restored: entry(restored), previous: entry(previous) };
      },
    },
    search: {
      query: async (request) => search.search(request),
      rebuild: async () => search.rebuild(),
    },
    articles: {
      list: async ({ scope }) => articles.list(scope),
      get: async ({ id }) => articles.get(id),
      create: async ({ templateId, ...fields }) =>
        articles.create(composeNewArticle(fields, templateId === undefined ? undefined : templates.get(templateId).fields, newsroom.get())),
      update: async ({ id, changes }) => articles.update(id, changes),
      saveRevision: async ({ id, label }) => articles.saveRevision(id, label),
      listRevisions: async ({ id }) => articles.listRevisions(id),
      getRevision: async ({ id, revisionId }) => articles.getRevision(id, revisionId),
      restoreRevision: async ({ id, revisionId }) => articles.restoreRevision(id, revisionId),
      trash: async ({ id }) => articles.trash(id),
      restore: async ({ id }) => articles.restore(id),
      purge: async ({ id }) => history.purge(id),
      emptyTrash: async () => history.emptyTrash(),
      import: async ({ fileName, dataBase64 }) => transfer.importFile(fileName, Buffer.from(dataBase64, 'base64')),
      export: async ({ id, format }) => {
        const { fileName, bytes } = await transfer.exportArticle(id, format);
        return { fileName, dataBase64: bytes.toString('base64') };
      },
    },
    settings: {
      getLanguage: async () => {
        const stored = settings.get('language');
        return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
      },
      setLanguage: async ({ language }) => {
        settings.set('language', language);
        return language;
      },
    },
    sites: {
      list: async () => sites.list(),
      connect: async (input) => sites.connect(input),
      beginAuthorize: async (input) => sites.beginAuthorize(input),
      activate: async ({ id }) => sites.activate(id),
      remove: async ({ id }) => sites.remove(id),
      refresh: async ({ id }) => sites.refresh(id),
      terms: async ({ taxonomy }) => sites.terms(taxonomy),
    },
    sync: {
      submit: async ({ id }) => sync.submit(id),
      now: async () => sync.syncNow({ manual: true }),
      status: async ({ id }) => sync.status(id),
      states: async () => sync.states(),
      log: async ({ limit }) => sync.log(limit),
      getSettings: async () => sync.publishingSettings(),
      setSettings: async (changes) => {
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        return sync.setPublishingSettings(defined);
      },
    },
    media: {
      import: async ({ fileName, dataBase64 }) => media.import(Buffer.from(dataBase64, 'base64'), fileName),
    },
    templates: {
      list: async () => templates.list(),
      get: async ({ id }) => templates.get(id),
      create: async (input) => templates.create(input),
      update: async ({ id, ...changes }) => templates.update(id, changes),
      delete: async ({ id }) => templates.delete(id),
      export: async ({ ids }) => templates.export(ids),
      import: async ({ text }) => templates.import(text.templates),
    },
    newsroom: {
      getSettings: async () => newsroom.get(),
      setSettings: async (changes) => newsroom.set(changes),
    },
  };
}
