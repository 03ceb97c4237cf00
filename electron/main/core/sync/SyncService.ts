import crypto from 'node:crypto';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { Article } from '../../../../shared/domain/article.ts';
import {
  DEFAULT_PUBLISHING, type ArticleSyncInfo, type PublishingSettings, type SyncLogEntry, type SyncReport,
} from '../../../../shared/domain/site.ts';
import { can } from '../../../../shared/workflow/rules.ts';
import type { ArticleService } from '../articles/ArticleService.ts';
import type { MediaStore } from '../media/MediaStore.ts';
import type { Clock } from '../ports.ts';
import type { SettingsStore } from '../settings/SettingsStore.ts';
import type { SiteRecord } from '../sites/SiteRepository.ts';
import type { SiteService } from '../sites/SiteService.ts';
import { classifyFailure } from './failure.ts';
import { figureHashes } from './postMapping.ts';
import { emptyReport } from './SyncContext.ts';
import { synchronize } from './Synchronizer.ts';
import type { SyncRepository } from './SyncRepository.ts';

export interface SyncServiceDeps {
  /** Start a pass right after "Gửi duyệt" (the app, the harness); the CLI syncs only when asked. */
  syncAfterSubmit?: boolean;
  articles: ArticleService;
  sites: SiteService;
  sync: SyncRepository;
  media: MediaStore;
  settings: SettingsStore;
  clock: Clock;
}

/**
 * The publishing side of the library: turns reporter intents into outbox rows (in
 * the same transaction as the edit) and runs sync passes, one at a time.
 */
/** Longer than any pass should take; a crashed holder blocks others at most this long. */
const LEASE_TTL_MS = 5 * 60_000;

export class SyncService {
  private readonly deps: SyncServiceDeps;
  private readonly leaseHolder = `${process.pid}:${crypto.randomUUID()}`;
  private running: Promise<SyncReport> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<(report: SyncReport) => void>();

  constructor(deps: SyncServiceDeps) {
    this.deps = deps;
    deps.articles.setEditListener((article) => this.onEdited(article));
  }

  publishingSettings(): PublishingSettings {
    return { ...DEFAULT_PUBLISHING, ...(this.deps.settings.get('publishing') ?? {}) };
  }

  setPublishingSettings(changes: Partial<PublishingSettings>): PublishingSettings {
    const next = { ...this.publishingSettings(), ...changes };
    this.deps.settings.set('publishing', next);
    this.schedule();
    return next;
  }

  /** A linked article was edited: queue its push (and whatever it now needs on the site). */
  private onEdited(article: Article): void {
    const link = this.deps.sync.link(article.id);
    if (link === undefined) return;
    const site = this.deps.sites.repo.get(link.siteId);
    if (site === undefined) return;
    this.enqueuePush(site, article);
    if (link.state === 'synced' || link.state === 'error') this.deps.sync.updateLink(article.id, { state: 'queued' });
  }

  private enqueuePush(site: SiteRecord, article: Article): void {
    const { sync, sites, media, clock } = this.deps;
    const now = clock.now();
    const knownTags = sites.repo.termIdsByName(site.id, 'post_tag');
    for (const tag of article.tags) {
      if (knownTags.has(tag.toLocaleLowerCase('vi'))) continue;
      sync.enqueue({ siteId: site.id, articleId: article.id, kind: 'createTag', key: `tag:${site.id}:${tag.toLocaleLowerCase('vi')}`, payload: { name: tag }, dueAt: now, now });
    }
    for (const hash of figureHashes(article.body)) {
      if (media.remoteFor(hash, site.id) !== undefined) continue;
      sync.enqueue({ siteId: site.id, articleId: article.id, kind: 'uploadMedia', key: `media:${site.id}:${hash}`, payload: { hash }, dueAt: now, now });
    }
    sync.enqueue({ siteId: site.id, articleId: article.id, kind: 'pushArticle', key: `push:${article.id}`, dueAt: now, now });
  }

  /** "Gửi duyệt": local status and the intent commit together; the site hears of it at the next sync. */
  submit(id: string): Article {
    const { articles, sites, sync, clock } = this.deps;
    const site = sites.active();
    if (site === undefined) throw new AppError('Validation', 'no site connected', { reason: 'noSite' });
    const result = sync.db
      .transaction(() => {
        const article = articles.get(id);
        if (article.trashedAt !== null) throw new AppError('Conflict', 'in trash', { reason: 'articleTrashed' });
        if (!can(site.role, article.status, 'submit')) throw new AppError('Conflict', `cannot submit from ${article.status}`, { reason: 'cannotSubmit' });
        if (article.title.trim() === '') throw new AppError('Validation', 'title required', { reason: 'titleRequired', field: 'title' });
        if (sync.link(id) === undefined) sync.createLink(id, site.id, crypto.randomUUID());
        const submitted = articles.setStatus(id, 'submitted');
        articles.snapshot(id, 'submitted');
        this.enqueuePush(site, submitted);
        sync.updateLink(id, { state: 'queued', lastError: null });
        sync.log({ at: clock.now(), siteId: site.id, articleId: id, level: 'info', event: 'article.submitted', detail: { title: submitted.title } });
        return submitted;
      })
      .immediate();
    if (this.deps.syncAfterSubmit === true) void this.syncNow();
    return result;
  }

  status(id: string): ArticleSyncInfo {
    this.deps.articles.get(id);
    return this.deps.sync.info(id);
  }

  states(): ArticleSyncInfo[] {
    return this.deps.sync.allInfo();
  }

  log(limit: number): SyncLogEntry[] {
    return this.deps.sync.recentLog(limit);
  }

  onDidSync(listener: (report: SyncReport) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * One sync pass of the active site; concurrent calls share the pass in flight.
   * `manual` ("Đồng bộ ngay") makes everything waiting on backoff due first.
   */
  syncNow(options: { manual?: boolean } = {}): Promise<SyncReport> {
    if (this.running !== undefined) return this.running;
    this.running = this.runOnce(options.manual === true).finally(() => {
      this.running = undefined;
      this.schedule();
    });
    return this.running;
  }

  private async runOnce(manual: boolean): Promise<SyncReport> {
    const { sites, sync, clock, articles, media } = this.deps;
    const site = sites.active();
    if (site === undefined) return emptyReport(null);
    const report = emptyReport(site.id);
    // Another process (the desktop app, or `toasoan sync`) is syncing this site: two
    // passes could both find "not created yet" and create the same post twice.
    if (!sync.acquireLease(site.id, this.leaseHolder, clock.now(), LEASE_TTL_MS)) {
      report.reachable = true;
      report.failures.push({ articleId: null, kind: 'lease', error: { code: 'Conflict', reason: 'syncBusy', message: 'another sync is running' } });
      report.remaining = sync.countPending(site.id);
      return report;
    }
    if (manual) sync.makeAllDue(site.id, clock.now());
    try {
      const client = sites.clientFor(site);
      // The probe: `navigator.onLine` says nothing about the site. It refreshes a stale offline cache too.
      const fresh = await sites.probe(site, client);
      const result = await synchronize({ site: fresh, client, articles, sync, sites: sites.repo, media, clock, settings: this.publishingSettings(), report });
      for (const listener of this.listeners) listener(result);
      return result;
    } catch (error) {
      const classified = classifyFailure(error);
      report.reachable = false;
      report.failures.push({ articleId: null, kind: 'probe', error: classified.failure });
      report.remaining = sync.countPending(site.id);
      sync.log({ at: clock.now(), siteId: site.id, articleId: null, level: 'error', event: 'sync.unreachable', detail: { ...classified.failure } });
      for (const listener of this.listeners) listener(report);
      return report;
    } finally {
      sync.releaseLease(site.id, this.leaseHolder);
    }
  }

  /** Background passes every `syncIntervalMinutes` (0 = manual only). */
  start(): void {
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const minutes = this.publishingSettings().syncIntervalMinutes;
    if (minutes <= 0) return;
    this.timer = setTimeout(() => void this.syncNow(), minutes * 60_000);
    this.timer.unref?.();
  }
}
