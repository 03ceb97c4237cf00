import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMembers } from './processes.ts';
import { rest } from './rest.ts';
import { ROLES } from './seedData.ts';
import { seedPosts } from './seedPosts.ts';
import { startWordPress, type WordPressSite } from './startWordPress.ts';

const HOOK_TIMEOUT = 60_000;

const WORDPRESS_ROLE = { contributor: 'contributor', author: 'author', editor: 'editor', admin: 'administrator' } as const;

/** Process groups of processes whose command line mentions a site's temp root (mariadbd, php -S). */
function processGroupsMentioning(root: string): number[] {
  const groups = new Set<number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(root)) {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        groups.add(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]));
      }
    } catch {
      // The process ended between readdir and read.
    }
  }
  return [...groups];
}

describe('startWordPress', { timeout: 30_000 }, () => {
  let site: WordPressSite;
  beforeAll(async () => {
    site = await startWordPress({ plugin: false });
  }, HOOK_TIMEOUT);
  afterAll(() => site?.stop(), HOOK_TIMEOUT);

  it("answers REST with each role's application password", async () => {
    for (const role of ROLES) {
      const me = await rest<{ id: number; roles: string[] }>(site, 'GET', '/wp/v2/users/me?context=edit', { as: role });
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(site.users[role].id);
      expect(me.body.roles).toEqual([WORDPRESS_ROLE[role]]);
    }
  });

  it('refuses anonymous users/me with 401', async () => {
    const me = await rest<{ code: string }>(site, 'GET', '/wp/v2/users/me');
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('rest_not_logged_in');
  });

  it('has Vietnamese categories one level deep, tags, and the Vietnam time zone', async () => {
    const categories = await rest<{ id: number; name: string; parent: number }[]>(site, 'GET', '/wp/v2/categories?per_page=100');
    const byName = new Map(categories.body.map((category) => [category.name, category]));
    expect(byName.get('Trong tỉnh')?.parent).toBe(byName.get('Thời sự')?.id);
    expect(byName.get('Văn hóa - Xã hội')?.parent).toBe(0);
    expect(categories.body.map((category) => category.id).sort()).toEqual(site.categories.map((category) => category.id).sort());
    expect(site.tags.map((tag) => tag.name)).toContain('Quảng Trị');
    const index = await rest<{ timezone_string: string }>(site, 'GET', '/');
    expect(index.body.timezone_string).toBe('Asia/Ho_Chi_Minh');
  });

  it('goes down and comes back on the same port with the same data', async () => {
    const created = await rest<{ id: number }>(site, 'POST', '/wp/v2/posts', {
      as: 'editor',
      json: { title: 'Trước khi mất mạng', status: 'draft' },
    });
    expect(created.status).toBe(201);

    await site.stopServer();
    const refused = await fetch(`${site.restBase}/`).then(
      () => 'answered',
      (error: unknown) => (error instanceof Error && error.cause instanceof Error ? (error.cause as NodeJS.ErrnoException).code : String(error)),
    );
    expect(refused).toBe('ECONNREFUSED');

    await site.startServer();
    const again = await rest<{ title: { raw: string } }>(site, 'GET', `/wp/v2/posts/${created.body.id}?context=edit`, { as: 'editor' });
    expect(again.status).toBe(200);
    expect(again.body.title.raw).toBe('Trước khi mất mạng');
  });

  it('runs PHP with WordPress loaded, and seeds posts', async () => {
    expect(await site.php("echo get_option('timezone_string');")).toBe('Asia/Ho_Chi_Minh');
    const ids = await seedPosts(site, 20, { status: 'pending', author: 'contributor' });
    expect(ids).toHaveLength(20);
    const pending = await rest<{ id: number; content: { raw: string } }[]>(
      site,
      'GET',
      `/wp/v2/posts?status=pending&author=${site.users.contributor.id}&per_page=100&context=edit`,
      { as: 'editor' },
    );
    expect(pending.headers.get('x-wp-total')).toBe('20');
    expect(Buffer.byteLength(pending.body[0]?.content.raw ?? '')).toBeGreaterThan(4000);
  });
});

describe('stopping a site', () => {
  it('fails clearly, and cleans up, when a process cannot start', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const lines: string[] = [];
    try {
      const starting = startWordPress({ plugin: false, port, log: (line) => lines.push(line) });
      await expect(starting).rejects.toThrow(/php .*ended with exit code 1[^]*Address already in use/);
    } finally {
      blocker.close();
    }
    const root = /site in (\S+)/.exec(lines.join('\n'))?.[1];
    expect(root).toBeDefined();
    expect(fs.existsSync(root ?? '')).toBe(false);
    expect(processGroupsMentioning(root ?? '')).toEqual([]);
  }, HOOK_TIMEOUT);

  it('leaves no process (zombies included) and no temp dir behind', async () => {
    const site = await startWordPress({ plugin: false });
    const groups = processGroupsMentioning(path.dirname(site.wordpressDir));
    expect(groups.length).toBe(2);
    await site.stop();
    for (const group of groups) expect(groupMembers(group)).toEqual([]);
    expect(fs.existsSync(path.dirname(site.wordpressDir))).toBe(false);
    await site.stop();
  }, HOOK_TIMEOUT);
});
