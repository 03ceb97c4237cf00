import { articleToPost } from '../../electron/main/core/sync/postMapping.ts';
import { SyncRepository } from '../../electron/main/core/sync/SyncRepository.ts';
import type { PostBody } from '../../electron/main/core/wordpress/types.ts';
import { WordPressClient } from '../../electron/main/core/wordpress/WordPressClient.ts';
import type { Article } from '../../shared/domain/article.ts';
import { startWordPress, type WordPressSite, type WordPressTerm } from '../../tests/wordpress/startWordPress.ts';
import { newsArticle } from '../support/articles.ts';
import { countStatements, type StatementCounts } from '../support/countStatements.ts';
import { FetchMeter, requestKind, traffic, type RequestRecord, type Traffic } from '../support/FetchMeter.ts';
import { benchLaptop, connectAs } from '../support/laptop.ts';
import { serverVersions, type ServerVersions } from '../support/machine.ts';

export interface PushTimings {
  /** The whole measured run: syncNow for the app, the request loop for a bare client. */
  totalMs: number;
  /** Per article, from the start of its first request to the start of the next article's. */
  perArticleMs: number[];
  /** Per article, request start to response headers, summed over its requests: the site's share. */
  waitingMs: number[];
  /** CPU this process used during the run (user + system): on two cores it competes with PHP and MariaDB. */
  cpuMs: number;
  traffic: Traffic;
}

export interface PushDraftsResult {
  count: number;
  versions: ServerVersions;
  /** Creating and submitting the articles in the library (local only, before the timed pass). */
  createAndSubmitMs: number;
  outboxRows: number;
  /** JSON bytes of each create. */
  createBodyBytes: number[];
  app: PushTimings & {
    probeMs: number;
    pushPhaseMs: number;
    pullMs: number;
    probe: Traffic;
    pull: Traffic;
    /** Everything the pass sent: probe, pushes and pull. */
    pass: Traffic;
    /** SQL the pass executed on the library, probe and pull included. */
    statements: StatementCounts;
  };
  /** Plain fetch sending the creates the app's own WordPressClient makes, on a fresh site, before the app's pass. */
  bareBefore: PushTimings;
  /** The same on another fresh site after the app's pass, plus any other request the app made per article. */
  bareAfter: PushTimings;
  /** Bare creates (URL and body, built by the app's articleToPost and WordPressClient) equal to what the pass sent, byte for byte. */
  identicalBodies: number;
  /** articleToPost for every article, outside any request: part of the app's own CPU share. */
  buildBodiesMs: number;
}

const termIds = (terms: readonly WordPressTerm[]) => new Map(terms.map((term) => [term.name.normalize('NFC').toLocaleLowerCase('vi'), term.id]));

function clientIdOf(body: string | undefined): string {
  const parsed = JSON.parse(body ?? '{}') as { meta?: { toasoan_client_id?: string } };
  return parsed.meta?.toasoan_client_id ?? '';
}

const describe = (record: RequestRecord) => `${record.method} ${record.url.pathname}${record.url.search}`;
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const waiting = (group: readonly RequestRecord[]) => group.reduce((total, record) => total + record.headersAt - record.startedAt, 0);

/** Splits the push phase into articles: each begins with its lookup, or with its create when there is none. */
function groupByArticle(records: readonly RequestRecord[]): RequestRecord[][] {
  const groups: RequestRecord[][] = [];
  let previous: string | undefined;
  for (const record of records) {
    const kind = requestKind(record);
    if (kind !== 'createPost' && kind !== 'findByClientId') throw new Error(`push: unexpected request while pushing: ${describe(record)}`);
    if (kind === 'findByClientId' || previous !== 'findByClientId') groups.push([]);
    groups.at(-1)?.push(record);
    previous = kind;
  }
  return groups;
}

/**
 * `count` submitted articles pushed by one manual sync pass (the outbox drains one
 * row at a time), between two runs of a bare fetch loop sending the same creates to
 * fresh sites of their own: before the pass and after it, so drift and
 * site-to-site spread show. The sites are installed from the same seed, so term
 * ids match and the bodies can be compared byte for byte.
 */
export async function pushDrafts(count: number, log: (line: string) => void): Promise<PushDraftsResult> {
  const sites: WordPressSite[] = [];
  const started = async () => {
    const site = await startWordPress({ plugin: true });
    sites.push(site);
    return site;
  };
  const laptops: { dispose(): void }[] = [];
  try {
    // One after another: several MariaDB installs at once can fail on a busy two-core machine.
    const appSite = await started();
    const beforeSite = await started();
    const afterSite = await started();
    const versions = await serverVersions(appSite);
    const termKey = (site: WordPressSite) => JSON.stringify([...site.categories, ...site.tags].map((term) => [term.id, term.name]));
    if (termKey(beforeSite) !== termKey(appSite) || termKey(afterSite) !== termKey(appSite)) throw new Error('push: the sites disagree on term ids');

    const meter = new FetchMeter();
    const laptop = benchLaptop(meter.fetch);
    laptops.push(laptop);
    const { core } = laptop;
    await connectAs(core, appSite, 'author');

    const began = performance.now();
    const articles: Article[] = [];
    for (let n = 0; n < count; n++) articles.push(core.sync.submit(core.articles.create(newsArticle(n)).id));
    const createAndSubmitMs = performance.now() - began;
    const outboxRows = core.sync.states().reduce((rows, info) => rows + info.pendingIntents, 0);
    log(`push: ${count} articles created and submitted in ${Math.round(createAndSubmitMs)} ms, ${outboxRows} outbox rows`);

    // What the bare client sends: the app's own mapping (the sites share term ids).
    const settings = core.sync.publishingSettings();
    const links = new SyncRepository(core.db);
    const restRoot = core.sites.active()?.restRoot ?? `${appSite.url}/wp-json/`;
    const buildBegan = performance.now();
    const posts = articles.map((article) => {
      const clientId = links.link(article.id)?.clientId ?? '';
      const body = articleToPost(article, {
        hasPlugin: true,
        clientId,
        bylineParagraph: settings.bylineParagraph,
        categoryIds: termIds(appSite.categories),
        tagIds: termIds(appSite.tags),
        media: () => undefined,
      });
      return { clientId, body };
    });
    const buildBodiesMs = performance.now() - buildBegan;

    const bareBefore = await bareRequests(beforeSite, restRoot, posts, false);
    log(`push: bare client before the app: ${Math.round(bareBefore.totalMs)} ms`);

    const statements = countStatements(core.db);
    const mark = meter.mark();
    const cpuBefore = process.cpuUsage();
    const syncBegan = performance.now();
    const report = await core.sync.syncNow({ manual: true });
    const syncEnded = performance.now();
    const cpuMs = cpuMsSince(cpuBefore);
    await meter.settle();
    if (report.failures.length > 0 || report.remaining > 0 || report.pushed.length !== count) {
      throw new Error(`push: the pass did not drain: ${JSON.stringify({ failures: report.failures.slice(0, 3), remaining: report.remaining, pushed: report.pushed.length })}`);
    }
    const records = meter.since(mark);
    const isPush = (record: RequestRecord) => ['createPost', 'findByClientId'].includes(requestKind(record));
    const firstPush = records.findIndex(isPush);
    const lastPush = records.findLastIndex((record) => requestKind(record) === 'createPost');
    const probeRecords = records.slice(0, firstPush);
    const pushRecords = records.slice(firstPush, lastPush + 1);
    const pullRecords = records.slice(lastPush + 1);
    const groups = groupByArticle(pushRecords);
    // Boundaries: the end of the probe, each article's first request, the pull's first request.
    const pushStart = Math.max(syncBegan, ...probeRecords.map((record) => record.endedAt));
    const pullStart = pullRecords[0]?.startedAt ?? syncEnded;
    const starts = [pushStart, ...groups.slice(1).map((group) => group[0]?.startedAt ?? 0), pullStart];
    const creates = pushRecords.filter((record) => requestKind(record) === 'createPost');
    const lookups = pushRecords.some((record) => requestKind(record) === 'findByClientId');
    log(`push: app pass ${Math.round(syncEnded - syncBegan)} ms (${pushRecords.length} push-phase requests)`);

    const bareAfter = await bareRequests(afterSite, restRoot, posts, lookups);
    log(`push: bare client after the app: ${Math.round(bareAfter.totalMs)} ms`);
    // The bare client's creates came from the app's client, not from its pass: check they are what the pass sent.
    const sent = new Map(creates.map((record) => [clientIdOf(record.requestBody), `${record.url.pathname}${record.url.search} ${record.requestBody}`]));
    const identicalBodies = bareAfter.sent.filter((request) => sent.get(clientIdOf(request.body)) === `${request.path} ${request.body}`).length;
    return {
      count,
      versions,
      createAndSubmitMs,
      outboxRows,
      createBodyBytes: creates.map((record) => record.sentBytes),
      app: {
        totalMs: syncEnded - syncBegan,
        perArticleMs: groups.map((_, i) => (starts[i + 1] ?? 0) - (starts[i] ?? 0)),
        waitingMs: groups.map(waiting),
        cpuMs,
        traffic: traffic(pushRecords),
        probeMs: pushStart - syncBegan,
        pushPhaseMs: pullStart - pushStart,
        pullMs: syncEnded - pullStart,
        probe: traffic(probeRecords),
        pull: traffic(pullRecords),
        pass: traffic(records),
        statements,
      },
      bareBefore,
      bareAfter,
      identicalBodies,
      buildBodiesMs,
    };
  } finally {
    for (const laptop of laptops) laptop.dispose();
    await Promise.all(sites.map((site) => site.stop()));
  }
}

interface CapturedRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** The request the app's WordPressClient would make for `call`, taken from its fetch and never sent. */
async function captured(call: (client: WordPressClient) => Promise<unknown>, restRoot: string, site: WordPressSite): Promise<CapturedRequest> {
  let request: CapturedRequest | undefined;
  const capture: typeof fetch = async (input, init) => {
    request = {
      url: new URL(String(input)),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    throw new Error('captured, not sent');
  };
  const onSite = new URL(new URL(restRoot).pathname, site.url).toString();
  const client = new WordPressClient(onSite, { username: site.users.author.login, appPassword: site.users.author.appPassword }, { fetch: capture });
  await call(client).catch(() => undefined);
  if (request === undefined) throw new Error('push: the client made no request');
  return request;
}

/**
 * Plain fetch, one request at a time, sending exactly what the app's own
 * WordPressClient produces for each create (URL with its `_fields`, headers, JSON
 * body), captured beforehand so building it is not timed. Each response is read
 * and parsed, as anything that needs the new id must. With `lookups`, each create
 * is preceded by the client-id query, as the app's pass did.
 */
async function bareRequests(
  site: WordPressSite,
  restRoot: string,
  posts: readonly { clientId: string; body: PostBody }[],
  lookups: boolean,
): Promise<PushTimings & { sent: { path: string; body: string }[] }> {
  const requests: CapturedRequest[][] = [];
  for (const post of posts) {
    const article: CapturedRequest[] = [];
    if (lookups) article.push(await captured((client) => client.findByClientId(post.clientId), restRoot, site));
    article.push(await captured((client) => client.createPost(post.body), restRoot, site));
    requests.push(article);
  }
  const headers = { Accept: 'application/json', Authorization: site.users.author.authHeader };
  // The warm-up the app had from connecting: the first requests load PHP's code paths and MariaDB's pages.
  for (const route of ['/wp/v2/users/me?context=edit', '/wp/v2/categories?per_page=100', '/wp/v2/tags?per_page=100']) {
    await (await fetch(`${site.restBase}${route}`, { headers })).arrayBuffer();
  }
  const meter = new FetchMeter();
  const perArticleMs: number[] = [];
  const waitingMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  for (const article of requests) {
    const mark = meter.mark();
    const started = performance.now();
    for (const request of article) {
      const response = await meter.fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
      const answer: unknown = await response.json();
      const ok = request.method === 'POST' ? response.status === 201 : response.status === 200 && Array.isArray(answer) && answer.length === 0;
      if (!ok) throw new Error(`push: bare ${request.method} answered ${response.status}`);
    }
    perArticleMs.push(performance.now() - started);
    waitingMs.push(waiting(meter.since(mark)));
  }
  const totalMs = performance.now() - began;
  const cpuMs = cpuMsSince(cpuBefore);
  await meter.settle();
  const sent = requests.flat().filter((request) => request.method === 'POST').map((request) => ({ path: `${request.url.pathname}${request.url.search}`, body: request.body ?? '' }));
  return { totalMs, perArticleMs, waitingMs, cpuMs, traffic: traffic(meter.records), sent };
}
