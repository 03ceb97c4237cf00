import type { SiteSummary, SiteTerm } from '../../../../shared/domain/site.ts';
import type { NewsroomRole } from '../../../../shared/workflow/rules.ts';
import type { Db } from '../db/Db.ts';

export interface SiteRecord extends SiteSummary {
  restRoot: string;
  userId: number;
  /** Hours east of UTC, from the site's settings; used for `modified_after`, which WordPress reads as local time. */
  gmtOffset: number;
  pulledUntil: string | null;
}

interface SiteRow {
  id: string;
  url: string;
  rest_root: string;
  name: string;
  username: string;
  user_id: number;
  display_name: string;
  roles: string;
  role: NewsroomRole;
  timezone: string;
  has_plugin: number;
  can_upload: number;
  active: number;
  created_at: number;
  pulled_until: string | null;
  refreshed_at: number | null;
}

/** The timezone column holds "Asia/Ho_Chi_Minh|7": the name for people, the offset for queries. */
function splitTimezone(value: string): { timezone: string; gmtOffset: number } {
  const [timezone = '', offset = '0'] = value.split('|');
  return { timezone, gmtOffset: Number(offset) || 0 };
}

function toRecord(row: SiteRow): SiteRecord {
  const { timezone, gmtOffset } = splitTimezone(row.timezone);
  return {
    id: row.id,
    url: row.url,
    restRoot: row.rest_root,
    name: row.name,
    username: row.username,
    userId: row.user_id,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as string[],
    role: row.role,
    timezone,
    gmtOffset,
    hasPlugin: row.has_plugin === 1,
    canUpload: row.can_upload === 1,
    active: row.active === 1,
    refreshedAt: row.refreshed_at,
    pulledUntil: row.pulled_until,
  };
}

export function toSummary(record: SiteRecord): SiteSummary {
  const { restRoot: _restRoot, userId: _userId, gmtOffset: _gmtOffset, pulledUntil: _pulledUntil, ...summary } = record;
  return summary;
}

export class SiteRepository {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  list(): SiteRecord[] {
    return this.db.prepare<[], SiteRow>('SELECT * FROM sites ORDER BY active DESC, created_at').all().map(toRecord);
  }

  get(id: string): SiteRecord | undefined {
    const row = this.db.prepare<[string], SiteRow>('SELECT * FROM sites WHERE id = ?').get(id);
    return row === undefined ? undefined : toRecord(row);
  }

  active(): SiteRecord | undefined {
    const row = this.db.prepare<[], SiteRow>('SELECT * FROM sites WHERE active = 1').get();
    return row === undefined ? undefined : toRecord(row);
  }

  findByUrlAndUser(url: string, username: string): SiteRecord | undefined {
    const row = this.db.prepare<[string, string], SiteRow>('SELECT * FROM sites WHERE url = ? AND username = ?').get(url, username);
    return row === undefined ? undefined : toRecord(row);
  }

  upsert(site: SiteRecord, createdAt: number): void {
    this.db
      .prepare(
        `INSERT INTO sites (id, url, rest_root, name, username, user_id, display_name, roles, role, timezone, has_plugin, can_upload, active, created_at, pulled_until, refreshed_at)
         VALUES (@id, @url, @restRoot, @name, @username, @userId, @displayName, @roles, @role, @timezone, @hasPlugin, @canUpload, @active, @createdAt, @pulledUntil, @refreshedAt)
         ON CONFLICT (id) DO UPDATE SET rest_root = excluded.rest_root, name = excluded.name, user_id = excluded.user_id,
           display_name = excluded.display_name, roles = excluded.roles, role = excluded.role, timezone = excluded.timezone,
           has_plugin = excluded.has_plugin, can_upload = excluded.can_upload, refreshed_at = excluded.refreshed_at`,
      )
      .run({
        ...site,
        roles: JSON.stringify(site.roles),
        timezone: `${site.timezone}|${site.gmtOffset}`,
        hasPlugin: site.hasPlugin ? 1 : 0,
        canUpload: site.canUpload ? 1 : 0,
        active: site.active ? 1 : 0,
        createdAt,
      });
  }

  activate(id: string): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE sites SET active = 0 WHERE active = 1').run();
      this.db.prepare('UPDATE sites SET active = 1 WHERE id = ?').run(id);
    })();
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM sites WHERE id = ?').run(id);
  }

  setPulledUntil(id: string, modifiedGmt: string): void {
    this.db.prepare('UPDATE sites SET pulled_until = ? WHERE id = ?').run(modifiedGmt, id);
  }

  replaceTerms(siteId: string, taxonomy: 'category' | 'post_tag', terms: { id: number; name: string; slug: string; parent?: number }[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM site_terms WHERE site_id = ? AND taxonomy = ?').run(siteId, taxonomy);
      const insert = this.db.prepare('INSERT INTO site_terms (site_id, taxonomy, remote_id, name, slug, parent) VALUES (?, ?, ?, ?, ?, ?)');
      for (const term of terms) insert.run(siteId, taxonomy, term.id, decodeEntities(term.name).normalize('NFC'), term.slug, term.parent ?? 0);
    })();
  }

  addTerm(siteId: string, taxonomy: 'category' | 'post_tag', term: { id: number; name: string; slug: string; parent?: number }): void {
    this.db
      .prepare('INSERT OR REPLACE INTO site_terms (site_id, taxonomy, remote_id, name, slug, parent) VALUES (?, ?, ?, ?, ?, ?)')
      .run(siteId, taxonomy, term.id, decodeEntities(term.name).normalize('NFC'), term.slug, term.parent ?? 0);
  }

  terms(siteId: string, taxonomy: 'category' | 'post_tag'): SiteTerm[] {
    return this.db
      .prepare<[string, string], { remote_id: number; name: string; parent: number }>(
        'SELECT remote_id, name, parent FROM site_terms WHERE site_id = ? AND taxonomy = ? ORDER BY name',
      )
      .all(siteId, taxonomy)
      .map((row) => ({ id: row.remote_id, name: row.name, parent: row.parent }));
  }

  /** Term ids by name, compared as WordPress does: case-insensitively. */
  termIdsByName(siteId: string, taxonomy: 'category' | 'post_tag'): Map<string, number> {
    const map = new Map<string, number>();
    for (const term of this.terms(siteId, taxonomy)) map.set(term.name.toLocaleLowerCase('vi'), term.id);
    return map;
  }

  termNamesById(siteId: string, taxonomy: 'category' | 'post_tag'): Map<number, string> {
    return new Map(this.terms(siteId, taxonomy).map((term) => [term.id, term.name]));
  }

  replaceAuthors(siteId: string, authors: { id: number; name: string }[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM site_authors WHERE site_id = ?').run(siteId);
      const insert = this.db.prepare('INSERT INTO site_authors (site_id, remote_id, name) VALUES (?, ?, ?)');
      for (const author of authors) insert.run(siteId, author.id, author.name.normalize('NFC'));
    })();
  }
}

/** Term names come back HTML-escaped in `name` ("Văn hóa &amp; Xã hội"). */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#039;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
