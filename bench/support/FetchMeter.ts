/** One HTTP exchange as the app (or the bare client) made it. */
export interface RequestRecord {
  method: string;
  url: URL;
  status: number;
  /** performance.now() when fetch was called. */
  startedAt: number;
  /** performance.now() when the response headers had arrived (fetch resolved). */
  headersAt: number;
  /**
   * performance.now() when a tee of the body had been read to the end. Its callback
   * can queue behind the caller's own synchronous work on the same response, so
   * endedAt may include that work; headersAt does not.
   */
  endedAt: number;
  /** The request body; kept so the bare client can be checked byte for byte against the app. */
  requestBody: string | undefined;
  sentBytes: number;
  receivedBytes: number;
  /** WordPress's X-WP-Total on a listing: how many items matched across all pages. */
  wpTotal: number | undefined;
}

/**
 * Wraps `fetch` (createCore takes one) to count requests and body bytes. Bytes are
 * bodies only, as served: php -S does not compress, so they are what a plain HTTP
 * host would send; headers add ~300 bytes a request that fetch does not expose.
 */
export class FetchMeter {
  readonly records: RequestRecord[] = [];
  private readonly reading = new Set<Promise<void>>();
  private readonly inner: typeof fetch;

  constructor(inner: typeof fetch = fetch) {
    this.inner = inner;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request?.url ?? String(input));
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const record: RequestRecord = {
      method,
      url,
      status: 0,
      startedAt: performance.now(),
      headersAt: 0,
      endedAt: 0,
      requestBody: body,
      sentBytes: body === undefined ? 0 : Buffer.byteLength(body),
      receivedBytes: 0,
      wpTotal: undefined,
    };
    this.records.push(record);
    let response: Response;
    try {
      response = await this.inner(input, init);
    } catch (error) {
      record.endedAt = performance.now();
      throw error;
    }
    record.headersAt = performance.now();
    record.status = response.status;
    const total = response.headers.get('x-wp-total');
    record.wpTotal = total === null ? undefined : Number(total);
    // A tee of the body: the caller reads its own copy at its own pace; this one
    // finishes when the last byte has arrived, which is when the caller can finish too.
    const copy = response.clone();
    const done = copy
      .arrayBuffer()
      .then((bytes) => {
        record.receivedBytes = bytes.byteLength;
      })
      .catch(() => undefined)
      .finally(() => {
        record.endedAt = performance.now();
        this.reading.delete(done);
      });
    this.reading.add(done);
    return response;
  };

  /** Index to pass to `since` for the requests made after this point. */
  mark(): number {
    return this.records.length;
  }

  since(mark: number): RequestRecord[] {
    return this.records.slice(mark);
  }

  /** Waits for bodies still being counted (the caller may return before the tee drains). */
  async settle(): Promise<void> {
    await Promise.all([...this.reading]);
  }
}

export type RequestKind = 'me' | 'terms' | 'authors' | 'changedPosts' | 'listPosts' | 'getPost' | 'createPost' | 'updatePost' | 'findByClientId' | 'other';

/** What a request was for, read from its route: the sync pass's phases are told apart by these. */
export function requestKind(record: Pick<RequestRecord, 'method' | 'url'>): RequestKind {
  const route = record.url.searchParams.get('rest_route') ?? record.url.pathname.replace(/^.*\/wp-json/, '');
  if (record.method === 'GET' && /^\/wp\/v2\/(categories|tags)\/?$/.test(route)) return 'terms';
  if (record.method === 'GET' && /^\/wp\/v2\/users\/?$/.test(route)) return 'authors';
  if (record.method === 'GET' && /^\/wp\/v2\/users\/me\/?$/.test(route)) return 'me';
  if (/^\/wp\/v2\/posts\/\d+\/?$/.test(route)) return record.method === 'GET' ? 'getPost' : 'updatePost';
  if (/^\/wp\/v2\/posts\/?$/.test(route)) {
    if (record.method === 'POST') return 'createPost';
    if (record.url.searchParams.has('toasoan_client_id')) return 'findByClientId';
    return record.url.searchParams.get('orderby') === 'modified' ? 'changedPosts' : 'listPosts';
  }
  return 'other';
}

export interface Traffic {
  requests: number;
  sentBytes: number;
  receivedBytes: number;
  byKind: Partial<Record<RequestKind, number>>;
  /** Each request's time, request start to response headers, in the order made. */
  msByKind: Partial<Record<RequestKind, number[]>>;
}

export function traffic(records: readonly RequestRecord[]): Traffic {
  const byKind: Partial<Record<RequestKind, number>> = {};
  const msByKind: Partial<Record<RequestKind, number[]>> = {};
  for (const record of records) {
    const kind = requestKind(record);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    (msByKind[kind] ??= []).push(record.headersAt - record.startedAt);
  }
  return {
    msByKind,
    requests: records.length,
    sentBytes: records.reduce((sum, record) => sum + record.sentBytes, 0),
    receivedBytes: records.reduce((sum, record) => sum + record.receivedBytes, 0),
    byKind,
  };
}

/** "3 terms, 1 authors, 10 getPost": the request mix, for a table cell. */
export function describeKinds(byKind: Traffic['byKind']): string {
  return Object.entries(byKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
}
