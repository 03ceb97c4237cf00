import { SiteError, networkFailure } from './SiteError.ts';
import { restUrl } from './restUrl.ts';
import type {
  PluginInfo, PostBody, RemoteMedia, RemotePost, RemotePostStamp, RemoteTerm, RemoteUser,
} from './types.ts';

export interface Credentials {
  username: string;
  appPassword: string;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  /** Weak 3G: a large post takes seconds; a hung connection must still end. */
  timeoutMs?: number;
}

interface Response<T> {
  status: number;
  headers: Headers;
  body: T;
}

type Params = Record<string, string | number | boolean | undefined>;

const POST_FIELDS = 'id,status,date_gmt,modified_gmt,link,slug,author,title,excerpt,content,categories,tags,featured_media,meta,toasoan_rev';
export const CLIENT_ID_META = 'toasoan_client_id';

function wpCode(body: unknown): string {
  return typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string'
    ? (body as { code: string }).code
    : '';
}

/** Maps an HTTP failure to what the user can do about it. */
export function httpFailure(status: number, body: unknown, url: string): SiteError {
  const code = wpCode(body);
  const message = `${status} ${code} ${url}`;
  if (status === 401) return new SiteError('wrongPassword', message, { status, detail: code });
  if (status === 403) return new SiteError(code === 'rest_forbidden' || code.startsWith('rest_cannot') ? 'roleTooLow' : 'forbidden', message, { status, detail: code });
  if (status === 404) return new SiteError('remoteNotFound', message, { status, detail: code });
  if (status === 410) return new SiteError('remoteNotFound', message, { status, detail: code });
  if (status === 412) return new SiteError('versionMismatch', message, { status, detail: code });
  if (status === 429) return new SiteError('rateLimited', message, { status, detail: code });
  if (status >= 500) return new SiteError('siteDown', message, { status, detail: code });
  return new SiteError('rejectedBySite', message, { status, detail: code });
}

/**
 * The WordPress REST API as the app uses it, authenticated with an application
 * password. Every failure becomes a SiteError; nothing here retries (the outbox does).
 */
export class WordPressClient {
  readonly restRoot: string;
  private readonly authorization: string | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(restRoot: string, credentials: Credentials | undefined, options: ClientOptions = {}) {
    this.restRoot = restRoot;
    this.authorization =
      credentials === undefined
        ? undefined
        : `Basic ${Buffer.from(`${credentials.username}:${credentials.appPassword}`, 'utf8').toString('base64')}`;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async request<T>(method: string, route: string, init: { params?: Params; json?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<Response<T>> {
    const url = restUrl(this.restRoot, route, init.params);
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (this.authorization !== undefined) headers.Authorization = this.authorization;
    let body: string | FormData | undefined;
    if (init.json !== undefined) {
      headers['Content-Type'] = 'application/json; charset=utf-8';
      body = JSON.stringify(init.json);
    } else if (init.form !== undefined) body = init.form;
    let response: globalThis.Response;
    try {
      response = await this.fetchImpl(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      throw networkFailure(error, url);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw networkFailure(error, url);
    }
    if (response.status >= 300 && response.status < 400) {
      throw new SiteError('schemeRedirect', `${response.status} → ${response.headers.get('location') ?? '?'}`, {
        status: response.status,
        detail: response.headers.get('location') ?? '',
      });
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      if (response.ok) throw new SiteError('unexpectedResponse', `not JSON: ${url}`, { status: response.status });
      throw httpFailure(response.status, null, url);
    }
    if (!response.ok) throw httpFailure(response.status, parsed, url);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  async me(): Promise<RemoteUser> {
    return (await this.request<RemoteUser>('GET', '/wp/v2/users/me', { params: { context: 'edit' } })).body;
  }

  async pluginInfo(): Promise<PluginInfo | undefined> {
    try {
      return (await this.request<PluginInfo>('GET', '/toasoan/v1/info')).body;
    } catch (error) {
      if (error instanceof SiteError && error.failure === 'remoteNotFound') return undefined;
      throw error;
    }
  }

  /** All terms of a taxonomy, paged (a provincial paper has dozens of categories, sometimes thousands of tags). */
  async terms(taxonomy: 'categories' | 'tags', params: Params = {}, maxPages = 20): Promise<RemoteTerm[]> {
    const all: RemoteTerm[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const response = await this.request<RemoteTerm[]>('GET', `/wp/v2/${taxonomy}`, {
        params: { per_page: 100, page, _fields: 'id,name,slug,parent', ...params },
      });
      all.push(...response.body);
      const totalPages = Number(response.headers.get('x-wp-totalpages') ?? '1');
      if (page >= totalPages || response.body.length === 0) break;
    }
    return all;
  }

  /** Creates a tag, or returns the existing one: WordPress answers `term_exists` with its id. */
  async createTag(name: string): Promise<RemoteTerm> {
    try {
      return (await this.request<RemoteTerm>('POST', '/wp/v2/tags', { json: { name } })).body;
    } catch (error) {
      if (error instanceof SiteError && error.detail === 'term_exists') {
        const existing = await this.terms('tags', { search: name }, 1);
        const match = existing.find((term) => term.name.normalize('NFC').toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
        if (match !== undefined) return match;
      }
      throw error;
    }
  }

  async authors(): Promise<RemoteUser[]> {
    return (await this.request<RemoteUser[]>('GET', '/wp/v2/users', { params: { per_page: 100, who: 'authors', _fields: 'id,name,slug' } })).body;
  }

  async getPost(id: number): Promise<{ post: RemotePost; etag: number | undefined }> {
    const response = await this.request<RemotePost>('GET', `/wp/v2/posts/${id}`, { params: { context: 'edit', _fields: POST_FIELDS } });
    return { post: response.body, etag: parseEtag(response.headers.get('etag')) ?? response.body.toasoan_rev };
  }

  /** Companion plugin: the post a create with this client id made, if any (a retried create after a lost response). */
  async findByClientId(clientId: string): Promise<RemotePost | undefined> {
    const response = await this.request<RemotePost[]>('GET', '/wp/v2/posts', {
      params: { [CLIENT_ID_META]: clientId, status: 'any', context: 'edit', _fields: POST_FIELDS, per_page: 2 },
    });
    return response.body[0];
  }

  async createPost(body: PostBody): Promise<RemotePost> {
    return (await this.request<RemotePost>('POST', '/wp/v2/posts', { json: body, params: { _fields: POST_FIELDS } })).body;
  }

  async updatePost(id: number, body: PostBody, ifMatch?: number): Promise<RemotePost> {
    const headers: Record<string, string> = ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` };
    return (await this.request<RemotePost>('POST', `/wp/v2/posts/${id}`, { json: body, headers, params: { _fields: POST_FIELDS } })).body;
  }

  /**
   * Cheap change scan: ids and stamps only. `modifiedAfterLocal` is in the site's
   * time zone: WordPress compares it with `post_modified` (local time), not the GMT column.
   */
  async changedPosts(modifiedAfterLocal: string | undefined, author: number | undefined, maxPages = 50): Promise<RemotePostStamp[]> {
    const all: RemotePostStamp[] = [];
    for (let page = 1; page <= maxPages; page++) {
      const response = await this.request<RemotePostStamp[]>('GET', '/wp/v2/posts', {
        params: {
          context: 'edit',
          status: 'any',
          per_page: 100,
          page,
          orderby: 'modified',
          order: 'asc',
          author,
          modified_after: modifiedAfterLocal,
          _fields: 'id,status,modified_gmt,toasoan_rev',
        },
      });
      all.push(...response.body);
      const totalPages = Number(response.headers.get('x-wp-totalpages') ?? '1');
      if (page >= totalPages || response.body.length === 0) break;
    }
    return all;
  }

  async uploadMedia(file: { bytes: Uint8Array; fileName: string; mime: string }, fields: { alt?: string; caption?: string; post?: number }): Promise<RemoteMedia> {
    // Vietnamese file names cannot go in a Content-Disposition header (Node refuses non-ASCII header values): multipart it is.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.mime }), file.fileName);
    // Without a title WordPress names the attachment after the sanitised file name, accents stripped.
    form.append('title', file.fileName.replace(/\.[^.]*$/, ''));
    if (fields.alt !== undefined) form.append('alt_text', fields.alt);
    if (fields.caption !== undefined) form.append('caption', fields.caption);
    if (fields.post !== undefined) form.append('post', String(fields.post));
    return (await this.request<RemoteMedia>('POST', '/wp/v2/media', { form, params: { _fields: 'id,source_url' } })).body;
  }
}

function parseEtag(value: string | null): number | undefined {
  if (value === null) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(value.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
