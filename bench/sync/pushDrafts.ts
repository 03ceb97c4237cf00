import { articleToPost } from '../../electron/main/core/sync/postMapping.ts';
import { SyncRepository } from '../../electron/main/core/sync/SyncRepository.ts';
import type { Article } from '../../shared/domain/article.ts';
import { startWordPress, type WordPressSite, type WordPressTerm } from '../../tests/wordpress/startWordPress.ts';
import { newsArticle } from '../support/articles.ts';
import { FetchMeter, requestKind, traffic, type RequestRecord, type Traffic } from '../support/FetchMeter.ts';
import { benchLaptop, connectAs } from '../support/laptop.ts';
import { serverVersions, type ServerVersions } from '../support/machine.ts';

export interface PushTimings {
  /** The whole measured run: syncNow for the app, the request loop for a bare client. */
  totalMs: number;
  /** Per article, from the start of its first request to the start of the next article's. */
  perArticleMs: number[];
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
    /** The HTTP share of perArticleMs: request start to last response byte, summed over the article's requests. */
    httpPerArticleMs: number[];
    probe: Traffic;
    pull: Traffic;
    /** Everything the pass sent: probe, pushes and pull. */
    pass: Traffic;
  };
  /** Plain fetch making exactly the app's requests: the client-id lookup, then the create. */
  bare: PushTimings;
  /** Plain fetch, the create alone: the floor for one post a request. */
  bareCreateOnly: PushTimings;
  /** Bare bodies built with articleToPost that equal what the app sent, byte for byte. */
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
 * row at a time), then the same requests from a bare fetch loop against a second
 * fresh site, and the creates alone against a third. All three sites are installed
 * from the same seed, so term ids match and the bodies can be compared byte for byte.
 */
export async function pushDrafts(count: number, log: (line: string) => void): Promise<PushDraftsResult> {
  const sites: WordPressSite[] = [];
  const laptops: { dispose(): void }[] = [];
  try {
    // One after another: three MariaDB installs at once can fail on a busy two-core machine.
    for (let i = 0; i < 3; i++) sites.push(await startWordPress({ plugin: true }));
    const [appSite, bareSite, floorSite] = sites as [WordPressSite, WordPressSite, WordPressSite];
    const versions = await serverVersions(appSite);

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

    // What the bare clients send: the app's own mapping, with the other site's term ids.
    const settings = core.sync.publishingSettings();
    const links = new SyncRepository(core.db);
    const buildBegan = performance.now();
    const bareBodies = articles.map((article) =>
      JSON.stringify(
        articleToPost(article, {
          hasPlugin: true,
          clientId: links.link(article.id)?.clientId ?? '',
          bylineParagraph: settings.bylineParagraph,
          categoryIds: termIds(bareSite.categories),
          tagIds: termIds(bareSite.tags),
          media: () => undefined,
        }),
      ),
    );
    const buildBodiesMs = performance.now() - buildBegan;

    const mark = meter.mark();
    const syncBegan = performance.now();
    const report = await core.sync.syncNow({ manual: true });
    const syncEnded = performance.now();
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

    const appBodies = new Map(creates.map((record) => [clientIdOf(record.requestBody), record.requestBody]));
    const identicalBodies = bareBodies.filter((body) => appBodies.get(clientIdOf(body)) === body).length;
    const lookup = pushRecords.find((record) => requestKind(record) === 'findByClientId');
    const create = creates[0];
    if (create === undefined) throw new Error('push: the app made no create');
    log(`push: app pass ${Math.round(syncEnded - syncBegan)} ms (${pushRecords.length} push-phase requests); bare clients next`);

    const bare = await bareRequests(bareSite, bareBodies, create, lookup);
    log(`push: bare, same requests ${Math.round(bare.totalMs)} ms`);
    const bareCreateOnly = await bareRequests(floorSite, bareBodies, create, undefined);
    log(`push: bare, creates only ${Math.round(bareCreateOnly.totalMs)} ms`);
    return {
      count,
      versions,
      createAndSubmitMs,
      outboxRows,
      createBodyBytes: creates.map((record) => record.sentBytes),
      app: {
        totalMs: syncEnded - syncBegan,
        perArticleMs: groups.map((_, i) => (starts[i + 1] ?? 0) - (starts[i] ?? 0)),
        traffic: traffic(pushRecords),
        probeMs: pushStart - syncBegan,
        pushPhaseMs: pullStart - pushStart,
        pullMs: syncEnded - pullStart,
        httpPerArticleMs: groups.map((group) => group.reduce((total, record) => total + record.endedAt - record.startedAt, 0)),
        probe: traffic(probeRecords),
        pull: traffic(pullRecords),
        pass: traffic(records),
      },
      bare,
      bareCreateOnly,
      identicalBodies,
      buildBodiesMs,
    };
  } finally {
    for (const laptop of laptops) laptop.dispose();
    await Promise.all(sites.map((site) => site.stop()));
  }
}

/**
 * Plain fetch with the app's URLs (same `_fields`), headers and bodies, one request
 * at a time; each response is read and parsed, as anything that needs the new id must.
 * With `lookup`, each create is preceded by the same client-id query the app sends.
 */
async function bareRequests(site: WordPressSite, bodies: readonly string[], create: RequestRecord, lookup: RequestRecord | undefined): Promise<PushTimings> {
  const onSite = (record: RequestRecord) => new URL(`${record.url.pathname}${record.url.search}`, site.url);
  const createUrl = onSite(create).toString();
  const headers = { Accept: 'application/json', Authorization: site.users.author.authHeader };
  const jsonHeaders = { ...headers, 'Content-Type': 'application/json; charset=utf-8' };
  // The warm-up the app had from connecting: the first requests load PHP's code paths and MariaDB's pages.
  for (const route of ['/wp/v2/users/me?context=edit', '/wp/v2/categories?per_page=100', '/wp/v2/tags?per_page=100']) {
    await (await fetch(`${site.restBase}${route}`, { headers })).arrayBuffer();
  }
  const meter = new FetchMeter();
  const perArticleMs: number[] = [];
  const began = performance.now();
  for (const body of bodies) {
    const started = performance.now();
    if (lookup !== undefined) {
      const url = onSite(lookup);
      url.searchParams.set('toasoan_client_id', clientIdOf(body));
      const found = await meter.fetch(url, { headers });
      const posts = (await found.json()) as unknown[];
      if (found.status !== 200 || posts.length !== 0) throw new Error(`push: bare lookup answered ${found.status} with ${posts.length} posts`);
    }
    const response = await meter.fetch(createUrl, { method: 'POST', headers: jsonHeaders, body });
    const answer = (await response.json()) as { id?: number };
    if (response.status !== 201 || typeof answer.id !== 'number') throw new Error(`push: bare create answered ${response.status}`);
    perArticleMs.push(performance.now() - started);
  }
  const totalMs = performance.now() - began;
  await meter.settle();
  return { totalMs, perArticleMs, traffic: traffic(meter.records) };
}
