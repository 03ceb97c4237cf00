import type { PublishingSettings, SyncReport } from '../../../../shared/domain/site.ts';
import type { ArticleService } from '../articles/ArticleService.ts';
import type { MediaStore } from '../media/MediaStore.ts';
import type { Clock } from '../ports.ts';
import type { SiteRecord } from '../sites/SiteRepository.ts';
import type { SiteRepository } from '../sites/SiteRepository.ts';
import type { WordPressClient } from '../wordpress/WordPressClient.ts';
import type { SyncRepository } from './SyncRepository.ts';

/** What one sync run of one site works with. */
export interface SyncContext {
  site: SiteRecord;
  client: WordPressClient;
  articles: ArticleService;
  sync: SyncRepository;
  sites: SiteRepository;
  media: MediaStore;
  clock: Clock;
  settings: PublishingSettings;
  report: SyncReport;
}

export function emptyReport(siteId: string | null): SyncReport {
  return { siteId, reachable: false, pushed: [], pulled: [], uploaded: 0, tagsCreated: 0, conflicts: [], failures: [], remaining: 0 };
}
