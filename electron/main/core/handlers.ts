import type { Handlers } from '../../../shared/contract/index.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../../../shared/i18n/languages.ts';
import type { ArticleService } from './articles/ArticleService.ts';
import type { SettingsStore } from './settings/SettingsStore.ts';

export interface CoreServices {
  articles: ArticleService;
  settings: SettingsStore;
}

/** The one handler map every transport serves (Electron IPC, the harness WebSocket, the CLI). */
export function createHandlers(services: CoreServices): Handlers {
  const { articles, settings } = services;
  return {
    articles: {
      list: async ({ scope }) => articles.list(scope),
      get: async ({ id }) => articles.get(id),
      create: async (fields) => articles.create(fields),
      update: async ({ id, changes }) => articles.update(id, changes),
      saveRevision: async ({ id }) => articles.saveRevision(id),
      listRevisions: async ({ id }) => articles.listRevisions(id),
      getRevision: async ({ id, revisionId }) => articles.getRevision(id, revisionId),
      restoreRevision: async ({ id, revisionId }) => articles.restoreRevision(id, revisionId),
      trash: async ({ id }) => articles.trash(id),
      restore: async ({ id }) => articles.restore(id),
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
  };
}
