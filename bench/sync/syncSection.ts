import type { Traffic } from '../support/FetchMeter.ts';
import { describeKinds } from '../support/FetchMeter.ts';
import type { Machine, ServerVersions } from '../support/machine.ts';
import { bytes, median, ms, percentile, ratio, sum, table } from '../support/stats.ts';
import type { FaultRunResult } from './faultInvariants.ts';
import type { IncrementalPullResult, PassFigures } from './incrementalPull.ts';
import type { PushDraftsResult } from './pushDrafts.ts';

export interface SyncFigures {
  date: Date;
  command: string;
  machine: Machine;
  versions: ServerVersions | undefined;
  push: PushDraftsResult | undefined;
  pull: IncrementalPullResult | undefined;
  faults: FaultRunResult | undefined;
  wallMs: number;
  /** 1-minute load average when the run began: anything else busy on the cores is in the figures. */
  loadBefore: number;
}

const count = (value: number) => value.toLocaleString('en-US');
const requests = (n: number) => `${count(n)} ${n === 1 ? 'request' : 'requests'}`;
const NOT_RUN = '_Not run in this measurement._';

function header(figures: SyncFigures): string {
  const { machine, versions } = figures;
  const server =
    versions === undefined
      ? 'the test WordPress (tests/wordpress/startWordPress.ts)'
      : `WordPress ${versions.wordpress}, PHP ${versions.php}, MariaDB ${versions.database.replace(/-MariaDB.*$/, '')}`;
  return [
    `Measured ${figures.date.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${figures.command}\` (bench/run.ts, ${ms(figures.wallMs)} in all). Rewritten on every run; the figures below all come from that one run.`,
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.platform}, Node ${machine.node}; load average ${figures.loadBefore.toFixed(2)} when the run began.`,
    `- Server: ${server} on the same machine: \`php -S\` with 4 workers on loopback and a private MariaDB per site (tests/wordpress/startWordPress.ts), companion plugin on. Client and server share the ${machine.cores} cores, so these are floors for a LAN, not figures for a newsroom over 3G.`,
    '- Client: the real core (`createCore`) on a SQLite file, connected as an author, `syncIntervalMinutes: 0`; each pass is one `core.sync.syncNow({ manual: true })`. Requests are counted by wrapping the `fetch` createCore takes; bytes are bodies as served (php -S does not compress; headers not counted).',
  ].join('\n');
}

function pushSection(push: PushDraftsResult | undefined): string {
  if (push === undefined) return `### Push submitted articles\n\n${NOT_RUN}`;
  const { app, bare, bareCreateOnly } = push;
  const row = (name: string, requests: Traffic, total: number, perArticle: number[]) => [
    name,
    `${count(requests.requests)} (${describeKinds(requests.byKind)})`,
    ms(total),
    ms(median(perArticle)),
    ms(percentile(perArticle, 95)),
    ratio(total, bare.totalMs),
  ];
  const ownWork = app.perArticleMs.map((total, i) => total - (app.httpPerArticleMs[i] ?? 0));
  const lookups = app.traffic.byKind.findByClientId ?? 0;
  const lines = [
    `### Push ${count(push.count)} submitted articles`,
    '',
    `${count(push.count)} articles (title, "(QTO) - …" sapo, six paragraphs, byline, category "Trong tỉnh", two existing tags, no images; median create body ${bytes(median(push.createBodyBytes))}) created and submitted (${count(push.outboxRows)} outbox rows, ${ms(push.createAndSubmitMs)} locally), then one pass until the outbox was empty. The outbox drains one row at a time, so every client below makes one request at a time. Each client had its own fresh site installed from the same seed (same term ids); the bare clients' bodies, built with the app's \`articleToPost\`, were byte-identical to what the app sent for ${count(push.identicalBodies)} of ${count(push.count)} articles.`,
    '',
    table(
      ['client', 'requests', 'total', 'per article, median', 'per article, p95', 'vs bare, same requests'],
      [
        row('app: whole `syncNow` pass', app.pass, app.totalMs, app.perArticleMs),
        row('app: push phase only', app.traffic, app.pushPhaseMs, app.perArticleMs),
        row('bare `fetch`, the same requests', bare.traffic, bare.totalMs, bare.perArticleMs),
        row('bare `fetch`, creates only', bareCreateOnly.traffic, bareCreateOnly.totalMs, bareCreateOnly.perArticleMs),
      ],
    ),
    '',
    `- The pass around the pushes: probe and cache refresh ${ms(app.probeMs)} (${requests(app.probe.requests)}: ${describeKinds(app.probe.byKind)}); pull at the end ${ms(app.pullMs)} (${requests(app.pull.requests)}: ${describeKinds(app.pull.byKind)}, first pull of this site so no watermark yet).`,
    `- The app's own work per article (its time per article minus its HTTP time: SQLite writes, rendering, canonical forms): median ${ms(median(ownWork))}, p95 ${ms(percentile(ownWork, 95))}, ${ms(sum(ownWork))} in all; \`articleToPost\` alone for all ${count(push.count)}: ${ms(push.buildBodiesMs)}.`,
    `- Traffic of the push phase: app sent ${bytes(app.traffic.sentBytes)}, received ${bytes(app.traffic.receivedBytes)} (each create answers with the full post, \`content\` raw and rendered).`,
  ];
  const creates = app.traffic.msByKind.createPost ?? [];
  const found = app.traffic.msByKind.findByClientId ?? [];
  lines.push(
    `- Median request time in the app's push phase: create ${ms(median(creates))}${found.length > 0 ? `, client-id lookup ${ms(median(found))}` : ''}; bare client, creates only: ${ms(median(bareCreateOnly.traffic.msByKind.createPost ?? []))}.`,
  );
  if (lookups > 0) {
    const tenth = Math.max(1, Math.floor(found.length / 10));
    lines.push(
      `- ${count(lookups)} of the app's requests are the client-id lookup (\`GET /wp/v2/posts?toasoan_client_id=…\`) that \`findEarlierCreate\` in electron/main/core/sync/ArticlePusher.ts makes before every create on a plugin site, not only after a failed attempt. Without it the same creates take ${ms(bareCreateOnly.totalMs)} instead of ${ms(bare.totalMs)} (${ratio(bareCreateOnly.totalMs, bare.totalMs)}). The lookup is a meta query on \`toasoan_client_id\` values, so it grows with the posts the app has made: median ${ms(median(found.slice(0, tenth)))} over the first ${count(tenth)} articles, ${ms(median(found.slice(-tenth)))} over the last ${count(tenth)}.`,
    );
  }
  return lines.join('\n');
}

function passRow(name: string, pass: PassFigures, listed: string): string[] {
  return [name, count(pass.traffic.requests), describeKinds(pass.traffic.byKind), bytes(pass.traffic.sentBytes), bytes(pass.traffic.receivedBytes), ms(pass.wallMs), listed];
}

const probeRequests = (pass: PassFigures) => (pass.traffic.byKind.terms ?? 0) + (pass.traffic.byKind.authors ?? 0);

function pullSection(pull: IncrementalPullResult | undefined): string {
  if (pull === undefined) return `### Incremental pull\n\n${NOT_RUN}`;
  const { incrementalPass: incremental, naive } = pull;
  const listed = (pass: PassFigures) => (pass.listed === undefined ? '–' : `${count(pass.listed)} posts`);
  return [
    `### Incremental pull: ${count(pull.seeded)} posts, ${count(pull.changed)} changed`,
    '',
    `${count(pull.seeded)} seeded posts (\`seedPosts\`, ~4 KB of block markup each, ${ms(pull.seedMs)} to seed), all by the author the laptop connects as, so even a reporter's author-filtered listing spans all of them; plus the laptop's own ${count(pull.linked)} articles, made the app's way (create, submit, sync) so their links and merge bases are exactly what the app records. After a first pass (which sets the watermark) and an idle one, an editor edits ${count(pull.changed)} of the ${count(pull.linked)} through REST (title and first paragraph) and one pass is timed. The naive row lists every post with full content, as an app without a watermark would, with plain \`fetch\` in the same run.`,
    '',
    table(
      ['pass', 'requests', 'kinds', 'sent', 'received', 'wall', 'change listing matched'],
      [
        passRow(`first: push ${count(pull.linked)} + first pull (no watermark)`, pull.firstPass, listed(pull.firstPass)),
        passRow('idle: nothing changed', pull.idlePass, listed(pull.idlePass)),
        passRow(`**incremental: ${count(pull.changed)} changed on the site**`, incremental, listed(incremental)),
        [`naive: every post, \`context=edit\`, 100 a page`, count(naive.traffic.requests), describeKinds(naive.traffic.byKind), bytes(naive.traffic.sentBytes), bytes(naive.traffic.receivedBytes), ms(naive.wallMs), `${count(naive.posts)} posts`],
      ],
    ),
    '',
    `- Median request times: change listing ${ms(median(incremental.traffic.msByKind.changedPosts ?? []))} (stamps only), one full post ${ms(median(incremental.traffic.msByKind.getPost ?? []))}, one naive page ${ms(median(naive.traffic.msByKind.listPosts ?? []))}; the first pass's ${count(pull.firstPass.traffic.byKind.changedPosts ?? 0)} listing pages took ${ms(sum(pull.firstPass.traffic.msByKind.changedPosts ?? []))}.`,
    `- Incremental against naive: ${ratio(naive.traffic.receivedBytes, incremental.traffic.receivedBytes)} fewer bytes, ${ratio(naive.wallMs, incremental.wallMs)} less time, ${count(incremental.pulled)} articles updated locally.`,
    `- The change listing matches more than the ${count(pull.changed)} edited posts: Puller looks back an hour from the watermark (\`modified_gmt\` has one-second resolution, clocks drift), and the laptop's own ${count(pull.linked)} posts were written minutes earlier. Only posts whose \`toasoan_rev\` moved are fetched in full.`,
    `- Every pass begins with the probe, which also refetches every category, tag and author for the offline cache: ${count(probeRequests(pull.idlePass))} of the idle pass's ${requests(pull.idlePass.traffic.requests)}.`,
  ].join('\n');
}

function faultSection(faults: FaultRunResult | undefined): string {
  if (faults === undefined) return `### Fault-proxy invariants\n\n${NOT_RUN}`;
  return [
    `### Fault-proxy invariants, ${count(faults.operations)} operations`,
    '',
    `\`${faults.command}\`: random creates, edits and passes through a proxy that refuses, fails, delays, hangs and cuts responses after WordPress committed (35% of requests in a faulty pass); then the network heals and everything must drain with no duplicate post and no lost edit. CI runs 240 operations.`,
    '',
    table(
      ['operations', 'seed', 'invariants', 'test body', 'vitest process'],
      [[count(faults.operations), faults.seed === 'default' ? "the suite's" : faults.seed, faults.passed ? 'held' : '**FAILED**', faults.testMs === undefined ? '–' : ms(faults.testMs), ms(faults.wallMs)]],
    ),
  ].join('\n');
}

/** The `## Sync` section of docs/benchmarks.md (without its heading). */
export function syncSection(figures: SyncFigures): string {
  return [header(figures), pushSection(figures.push), pullSection(figures.pull), faultSection(figures.faults)].join('\n\n');
}
