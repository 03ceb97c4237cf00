import crypto from 'node:crypto';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { SiteSummary, SiteTerm } from '../../../../shared/domain/site.ts';
import type { NewsroomRole } from '../../../../shared/workflow/rules.ts';
import type { Clock } from '../ports.ts';
import type { Vault } from '../secrets/Vault.ts';
import { SiteError } from '../wordpress/SiteError.ts';
import { WordPressClient } from '../wordpress/WordPressClient.ts';
import { discoverSite } from '../wordpress/discoverSite.ts';
import { normaliseSiteUrl } from '../wordpress/restUrl.ts';
import type { SiteRepository} from './SiteRepository.ts';
import { toSummary, type SiteRecord } from './SiteRepository.ts';

export interface SiteServiceOptions {
  vault: Vault;
  clock: Clock;
  fetch?: typeof fetch;
  requestTimeoutMs?: number;
  /** "Tòa soạn – <computer name>": the application password's name on the site, so a lost laptop can be revoked. */
  appName: string;
  /** Where WordPress's authorize page sends the new password: `toasoan://auth` in the app, a loopback URL in the harness. */
  authorizeCallbackUrl?: () => string | undefined;
}

/** Categories change a few times a year, tags daily: a quarter of an hour is fresh enough for pickers. */
export const CACHE_TTL_MS = 15 * 60_000;

const EDITOR_ROLES = ['administrator', 'editor'];
const REPORTER_ROLES = ['author', 'contributor'];

export function newsroomRole(roles: readonly string[]): NewsroomRole | undefined {
  if (roles.some((role) => EDITOR_ROLES.includes(role))) return 'editor';
  if (roles.some((role) => REPORTER_ROLES.includes(role))) return 'reporter';
  return undefined;
}

const secretKey = (siteId: string) => `site:${siteId}:app-password`;

/** Connected WordPress sites: verification, the offline cache of their terms, and credentials (in the Vault). */
export class SiteService {
  readonly repo: SiteRepository;
  private readonly options: SiteServiceOptions;
  private readonly pendingAuthorizations = new Map<string, { url: string; expires: number }>();

  constructor(repo: SiteRepository, options: SiteServiceOptions) {
    this.repo = repo;
    this.options = options;
  }

  list(): SiteSummary[] {
    return this.repo.list().map(toSummary);
  }

  active(): SiteRecord | undefined {
    return this.repo.active();
  }

  get(id: string): SiteRecord {
    const site = this.repo.get(id);
    if (site === undefined) throw new AppError('NotFound', `no site ${id}`, { reason: 'siteNotFound' });
    return site;
  }

  clientFor(site: SiteRecord): WordPressClient {
    const appPassword = this.options.vault.get(secretKey(site.id));
    // Connected from the other front end (app vs CLI): each seals its own copy.
    if (appPassword === undefined) throw new SiteError('passwordNotOnThisDevice', `no stored password for ${site.url}`);
    return new WordPressClient(site.restRoot, { username: site.username, appPassword }, this.clientOptions());
  }

  /**
   * Verifies a username and application password against the site and keeps
   * them: the password in the Vault, the profile (role, time zone, plugin) in the
   * library. A newly connected site becomes the active one.
   */
  async connect(input: { url: string; username: string; appPassword: string }): Promise<SiteSummary> {
    let url: string;
    try {
      url = normaliseSiteUrl(input.url);
    } catch {
      throw new AppError('Validation', 'not a site URL', { reason: 'invalidSiteUrl', field: 'url' });
    }
    const username = input.username.trim();
    const appPassword = input.appPassword.trim();
    const discovery = await discoverSite(url, { fetch: this.options.fetch, timeoutMs: this.options.requestTimeoutMs });
    const client = new WordPressClient(discovery.restRoot, { username, appPassword }, this.clientOptions());
    const me = await client.me();
    const roles = me.roles ?? [];
    const role = newsroomRole(roles);
    if (role === undefined) throw new SiteError('roleTooLow', `${username} has roles ${roles.join(',')}`);
    const plugin = discovery.hasPlugin ? await client.pluginInfo() : undefined;
    const existing = this.repo.findByUrlAndUser(url, me.username ?? username);
    const site: SiteRecord = {
      id: existing?.id ?? crypto.randomUUID(),
      url,
      restRoot: discovery.restRoot,
      name: discovery.name.normalize('NFC'),
      username: me.username ?? username,
      userId: me.id,
      displayName: me.name.normalize('NFC'),
      roles,
      role,
      timezone: discovery.timezone,
      gmtOffset: discovery.gmtOffset,
      hasPlugin: plugin !== undefined,
      // users/me reports stored capabilities; the plugin grants uploads through a filter it does not see.
      canUpload: me.capabilities?.upload_files === true || plugin?.contributorUploads === true,
      active: true,
      refreshedAt: null,
      pulledUntil: existing?.pulledUntil ?? null,
    };
    this.options.vault.set(secretKey(site.id), appPassword);
    this.repo.upsert(site, this.options.clock.now());
    this.repo.activate(site.id);
    await this.refreshCache(this.get(site.id), client).catch(() => undefined);
    return toSummary(this.get(site.id));
  }

  private clientOptions(): { fetch?: typeof fetch; timeoutMs?: number } {
    return { fetch: this.options.fetch, timeoutMs: this.options.requestTimeoutMs };
  }

  /** The authorize-application URL; the password comes back to `completeAuthorize` through the callback. */
  beginAuthorize(input: { url: string }): { authorizeUrl: string } {
    const callback = this.options.authorizeCallbackUrl?.();
    if (callback === undefined) throw new AppError('Validation', 'no callback', { reason: 'authorizeUnavailable' });
    let url: string;
    try {
      url = normaliseSiteUrl(input.url);
    } catch {
      throw new AppError('Validation', 'not a site URL', { reason: 'invalidSiteUrl', field: 'url' });
    }
    const state = crypto.randomBytes(16).toString('hex');
    this.pendingAuthorizations.set(state, { url, expires: this.options.clock.now() + 15 * 60_000 });
    const success = new URL(callback);
    success.searchParams.set('state', state);
    const authorize = new URL(`${url}/wp-admin/authorize-application.php`);
    authorize.searchParams.set('app_name', this.options.appName);
    authorize.searchParams.set('app_id', '6f1b5c2e-6c1d-4d4e-9f6a-746f61736f61');
    authorize.searchParams.set('success_url', success.toString());
    return { authorizeUrl: authorize.toString() };
  }

  /** WordPress redirected back with `site_url`, `user_login`, `password` (or `success=false` if refused). */
  async completeAuthorize(query: URLSearchParams): Promise<SiteSummary> {
    const state = query.get('state') ?? '';
    const pending = this.pendingAuthorizations.get(state);
    this.pendingAuthorizations.delete(state);
    if (pending === undefined || pending.expires < this.options.clock.now()) {
      throw new AppError('Unauthorized', 'unknown or expired authorization', { reason: 'authorizeExpired' });
    }
    if (query.get('success') === 'false') throw new AppError('Unauthorized', 'refused on the site', { reason: 'authorizeRejected' });
    const username = query.get('user_login') ?? '';
    const password = query.get('password') ?? '';
    if (username === '' || password === '') throw new AppError('Validation', 'incomplete callback', { reason: 'authorizeRejected' });
    return this.connect({ url: pending.url, username, appPassword: password });
  }

  activate(id: string): SiteSummary {
    this.get(id);
    this.repo.activate(id);
    return toSummary(this.get(id));
  }

  remove(id: string): SiteSummary[] {
    this.get(id);
    this.options.vault.delete(secretKey(id));
    this.repo.remove(id);
    return this.list();
  }

  /** Categories, tags, authors and the user's capabilities, for offline pickers. Called on connect and each sync. */
  async refreshCache(site: SiteRecord, client = this.clientFor(site)): Promise<SiteRecord> {
    const [categories, tags] = await Promise.all([
      client.terms('categories'),
      client.terms('tags', { orderby: 'count', order: 'desc' }, 5),
    ]);
    this.repo.replaceTerms(site.id, 'category', categories);
    this.repo.replaceTerms(site.id, 'post_tag', tags);
    // Contributors may not list users on every site; the author list is a nicety.
    const authors = await client.authors().catch(() => undefined);
    if (authors !== undefined) this.repo.replaceAuthors(site.id, authors);
    this.repo.upsert({ ...site, refreshedAt: this.options.clock.now() }, this.options.clock.now());
    return this.get(site.id);
  }

  /**
   * Before a sync pass: is the site there, and does our password still work? The
   * term cache is refetched only when older than CACHE_TTL_MS (three requests);
   * otherwise one small request answers both questions.
   */
  async probe(site: SiteRecord, client: WordPressClient): Promise<SiteRecord> {
    const age = this.options.clock.now() - (site.refreshedAt ?? 0);
    if (age >= CACHE_TTL_MS) return this.refreshCache(site, client);
    await client.request('GET', '/wp/v2/users/me', { params: { _fields: 'id' } });
    return site;
  }

  async refresh(id: string | undefined): Promise<SiteSummary> {
    const site = id === undefined ? this.active() : this.get(id);
    if (site === undefined) throw new AppError('NotFound', 'no active site', { reason: 'noSite' });
    return toSummary(await this.refreshCache(site));
  }

  terms(taxonomy: 'category' | 'post_tag'): SiteTerm[] {
    const site = this.active();
    return site === undefined ? [] : this.repo.terms(site.id, taxonomy);
  }
}
