import { onTestFinished, vi } from 'vitest';

/**
 * A small WordPress, as far as the core's REST client reaches, answered in-process
 * through a stubbed `fetch`. Renderer tests use it so the REAL core (loopbackApi)
 * can connect, cache terms, push and pull without a PHP server; the WordPress
 * suites in tests/wordpress check the core against the real thing.
 */
export interface FakeSiteOptions {
  url?: string;
  name?: string;
  username?: string;
  password?: string;
  displayName?: string;
  roles?: string[];
  canUpload?: boolean;
  plugin?: boolean;
  categories?: { id: number; name: string; parent?: number }[];
  tags?: { id: number; name: string }[];
}

interface FakePost {
  id: number;
  status: string;
  date_gmt: string | null;
  modified_gmt: string;
  link: string;
  slug: string;
  author: number;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
  meta: Record<string, string>;
}

const USER_ID = 5;

export class FakeWordPress {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  /** While true every request fails as a refused connection does. */
  down = false;
  readonly posts = new Map<number, FakePost>();
  private readonly options: FakeSiteOptions;
  private readonly tags: { id: number; name: string; slug: string }[];
  private nextId = 100;
  private second = 0;

  constructor(options: FakeSiteOptions = {}) {
    this.options = options;
    this.url = options.url ?? 'https://bao.example.vn';
    this.username = options.username ?? 'minhduc';
    this.password = options.password ?? 'abcd efgh ijkl mnop qrst uvwx';
    this.tags = (options.tags ?? []).map((tag) => ({ ...tag, slug: `tag-${tag.id}` }));
  }

  /** An editor sends the post back with a note, as the companion plugin stores it. */
  returnPost(id: number, note: string): void {
    const post = this.posts.get(id);
    if (post === undefined) throw new Error(`no post ${id}`);
    this.posts.set(id, { ...post, status: 'draft', modified_gmt: this.stamp(), meta: { ...post.meta, toasoan_editorial_note: note } });
  }

  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    if (this.down) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== new URL(this.url).origin) {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
    }
    const route = url.pathname.replace(/^\/wp-json/, '').replace(/\/$/, '') || '/';
    const method = (init.method ?? 'GET').toUpperCase();
    if (route === '/') {
      const namespaces = ['oembed/1.0', 'wp/v2', ...(this.options.plugin === true ? ['toasoan/v1'] : [])];
      return json({ name: this.options.name ?? 'Báo Thử Nghiệm', timezone_string: 'Asia/Ho_Chi_Minh', gmt_offset: 7, namespaces });
    }
    if (!this.authorized(init.headers)) return json({ code: 'incorrect_password', message: 'The provided password is an invalid application password.' }, 401);
    return this.answer(method, route, init.body);
  };

  private answer(method: string, route: string, body: RequestInit['body']): Response {
    if (route === '/wp/v2/users/me') {
      return json({
        id: USER_ID,
        name: this.options.displayName ?? 'Minh Đức',
        slug: this.username,
        username: this.username,
        roles: this.options.roles ?? ['author'],
        capabilities: { upload_files: this.options.canUpload ?? true },
      });
    }
    if (route === '/toasoan/v1/info' && this.options.plugin === true) {
      return json({ plugin: 'toasoan-companion', version: '1.0.0', features: [], contributorUploads: true });
    }
    if (route === '/wp/v2/categories') {
      return json((this.options.categories ?? []).map((term) => ({ slug: `cat-${term.id}`, parent: 0, ...term })));
    }
    if (route === '/wp/v2/tags' && method === 'GET') return json(this.tags);
    if (route === '/wp/v2/tags' && method === 'POST') {
      const tag = { id: this.nextId++, name: String(parseJson(body).name ?? ''), slug: `tag-${this.nextId}` };
      this.tags.push(tag);
      return json(tag, 201);
    }
    if (route === '/wp/v2/users') return json([{ id: USER_ID, name: 'Minh Đức', slug: this.username }]);
    if (route === '/wp/v2/media' && method === 'POST') {
      const id = this.nextId++;
      return json({ id, source_url: `${this.url}/wp-content/uploads/${id}.jpg` }, 201);
    }
    if (route === '/wp/v2/posts' && method === 'GET') {
      return json([...this.posts.values()].map(({ id, status, modified_gmt }) => ({ id, status, modified_gmt })));
    }
    if (route === '/wp/v2/posts' && method === 'POST') {
      const post = this.write(undefined, parseJson(body));
      return json(post, 201);
    }
    const single = /^\/wp\/v2\/posts\/(\d+)$/.exec(route);
    const existing = single?.[1] === undefined ? undefined : this.posts.get(Number(single[1]));
    if (existing !== undefined && method === 'GET') return json(existing);
    if (existing !== undefined && method === 'POST') return json(this.write(existing, parseJson(body)));
    return json({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.' }, 404);
  }

  private write(existing: FakePost | undefined, body: Record<string, unknown>): FakePost {
    const id = existing?.id ?? this.nextId++;
    const text = (key: string, fallback: string) => (typeof body[key] === 'string' ? (body[key] as string) : fallback);
    const numbers = (key: string, fallback: number[]) => (Array.isArray(body[key]) ? (body[key] as number[]) : fallback);
    const post: FakePost = {
      id,
      status: text('status', existing?.status ?? 'draft'),
      date_gmt: existing?.date_gmt ?? null,
      modified_gmt: this.stamp(),
      link: `${this.url}/?p=${id}`,
      slug: '',
      author: USER_ID,
      title: { raw: text('title', existing?.title.raw ?? '') },
      excerpt: { raw: text('excerpt', existing?.excerpt.raw ?? '') },
      content: { raw: text('content', existing?.content.raw ?? '') },
      categories: numbers('categories', existing?.categories ?? []),
      tags: numbers('tags', existing?.tags ?? []),
      featured_media: typeof body.featured_media === 'number' ? body.featured_media : (existing?.featured_media ?? 0),
      meta: { ...(existing?.meta ?? {}) },
    };
    this.posts.set(id, post);
    return post;
  }

  private authorized(headers: RequestInit['headers']): boolean {
    const value = new Headers(headers).get('authorization') ?? '';
    const expected = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${this.username}:${this.password}`)))}`;
    return value === expected;
  }

  /** One second later each write, as `modified_gmt` moves on a real site. */
  private stamp(): string {
    this.second += 1;
    return new Date(Date.UTC(2026, 10, 26, 8, 0, this.second)).toISOString().slice(0, 19);
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'X-WP-TotalPages': '1' } });
}

function parseJson(body: RequestInit['body']): Record<string, unknown> {
  if (typeof body !== 'string') return {};
  const value: unknown = JSON.parse(body);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** A fake site answering the core's requests for the rest of the current test. */
export function fakeWordPress(options: FakeSiteOptions = {}): FakeWordPress {
  const site = new FakeWordPress(options);
  vi.stubGlobal('fetch', site.fetch);
  onTestFinished(() => void vi.unstubAllGlobals());
  return site;
}
