import { topStatements } from '../support/countStatements.ts';
import { describeKinds, type Traffic } from '../support/FetchMeter.ts';
import type { Machine, ServerVersions } from '../support/machine.ts';
import { bytes, median, ms, percentile, ratio, sum, table } from '../support/stats.ts';
import type { FaultRunResult } from './faultInvariants.ts';
import type { IncrementalPullResult, PassFigures } from './incrementalPull.ts';
import type { PushDraftsResult, PushTimings } from './pushDrafts.ts';

/** CPU other processes used during one benchmark (undefined off Linux), and how long it ran. */
export interface Foreign {
  cpuSeconds: number | undefined;
  wallSeconds: number;
}

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
  foreign: { push: Foreign; pull: Foreign; faults: Foreign | undefined };
}

/** "Other processes: 0.3 CPU-seconds over 62 s": a disturbed measurement says so itself. */
function interference(foreign: Foreign | undefined, cores: number): string {
  if (foreign?.cpuSeconds === undefined) return '';
  const share = foreign.cpuSeconds / (foreign.wallSeconds * cores);
  const verdict = share < 0.02 ? 'the machine was otherwise quiet' : `**${Math.round(share * 100)}% of the machine was busy with other work: these figures are disturbed**`;
  return `\n\nOther processes used ${foreign.cpuSeconds.toFixed(1)} CPU-seconds during these ${Math.round(foreign.wallSeconds)} s (${verdict}).`;
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
    `Measured ${figures.date.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${figures.command}\` (bench/sync, ${ms(figures.wallMs)} for this part). Rewritten on every run; the figures below all come from that one run.`,
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.platform}, Node ${machine.node}; load average ${figures.loadBefore.toFixed(2)} when the run began.`,
    `- Server: ${server} on the same machine: \`php -S\` with 4 workers on loopback and a private MariaDB per site (tests/wordpress/startWordPress.ts), companion plugin on. Client and server share the ${machine.cores} cores, so these are floors for a LAN, not figures for a newsroom over 3G.`,
    '- Client: the real core (`createCore`) on a SQLite file, connected as an author, `syncIntervalMinutes: 0`; each pass is one `core.sync.syncNow({ manual: true })`. Requests are counted by wrapping the `fetch` createCore takes; bytes are bodies as served (php -S does not compress; headers not counted).',
  ].join('\n');
}

function pushSection(push: PushDraftsResult | undefined): string {
  if (push === undefined) return `### Push submitted articles\n\n${NOT_RUN}`;
  const { app, bareBefore, bareAfter } = push;
  const extra = app.traffic.requests - push.count;
  // With no request beyond the create, both bare runs did the app's work: compare with their mean.
  const bareMs = extra === 0 ? (bareBefore.totalMs + bareAfter.totalMs) / 2 : bareAfter.totalMs;
  const between = (timings: PushTimings) => timings.perArticleMs.map((total, i) => total - (timings.waitingMs[i] ?? 0));
  const row = (name: string, made: Traffic, total: number, timings: PushTimings | undefined, cpuMs: number | undefined) => [
    name,
    `${count(made.requests)} (${describeKinds(made.byKind)})`,
    ms(total),
    timings === undefined ? 'as below' : ms(median(timings.perArticleMs)),
    timings === undefined ? 'as below' : ms(percentile(timings.perArticleMs, 95)),
    timings === undefined ? 'as below' : ms(median(timings.waitingMs)),
    timings === undefined ? 'as below' : ms(median(between(timings))),
    cpuMs === undefined ? 'as above' : `${ms(cpuMs)} (${ms(cpuMs / push.count)} an article)`,
    ratio(total, bareMs),
  ];
  const found = app.traffic.msByKind.findByClientId ?? [];
  const lines = [
    `### Push ${count(push.count)} submitted articles`,
    '',
    `${count(push.count)} articles (title, "(QTO) - …" sapo, six paragraphs, byline, category "Trong tỉnh", two existing tags, no images; median create body ${bytes(median(push.createBodyBytes))}) created and submitted (${count(push.outboxRows)} outbox rows, ${ms(push.createAndSubmitMs)} locally), then one pass until the outbox was empty. The outbox drains one row at a time, so every client here makes one request at a time.`,
    '',
    `The bare client is a plain \`fetch\` loop sending, for each article, the create the app's own \`articleToPost\` and \`WordPressClient\` produce (captured beforehand, so building it is not timed): the same URL and \`_fields\`, headers and JSON; ${count(push.identicalBodies)} of ${count(push.count)} were byte-identical to what the pass sent. It ran on a fresh site of its own before the app's pass and on another after it${extra > 0 ? ', the second time with the app\'s extra requests too' : ''}; all sites come from the same seed (same term ids). "vs bare" divides by ${extra === 0 ? 'the mean of the two bare runs' : 'the bare run after the pass'}.`,
    '',
    '"Waiting" is request start to response headers (the site\'s share); "between" is the rest of an article\'s time (reading the answer, the client\'s own work before the next request). "Client CPU" is what the client process used over the run, user + system: on two shared cores it is taken from PHP and MariaDB.',
    '',
    table(
      ['client', 'requests', 'total', 'per article, median', 'p95', 'waiting, median', 'between, median', 'client CPU', 'vs bare'],
      [
        row('app: whole `syncNow` pass', app.pass, app.totalMs, undefined, app.cpuMs),
        row('app: push phase only', app.traffic, app.pushPhaseMs, app, undefined),
        row('bare `fetch`, before the pass', bareBefore.traffic, bareBefore.totalMs, bareBefore, bareBefore.cpuMs),
        row('bare `fetch`, after the pass', bareAfter.traffic, bareAfter.totalMs, bareAfter, bareAfter.cpuMs),
      ],
    ),
    '',
    `- The pass around the pushes: probe ${ms(app.probeMs)} (${requests(app.probe.requests)}: ${describeKinds(app.probe.byKind)}); pull at the end ${ms(app.pullMs)} (${requests(app.pull.requests)}: ${describeKinds(app.pull.byKind)}; the site's first pull, so no watermark yet).`,
    `- Median create request (to headers): app ${ms(median(app.traffic.msByKind.createPost ?? []))}, bare ${ms(median(bareBefore.traffic.msByKind.createPost ?? []))} before and ${ms(median(bareAfter.traffic.msByKind.createPost ?? []))} after. \`articleToPost\` alone for all ${count(push.count)} articles: ${ms(push.buildBodiesMs)}.`,
    '- Where the app\'s own time goes, sampled: `node bench/profilePush.ts` (not part of this run; the profiler slows what it watches).',
    `- SQL on the library during the pass (probe and pull included): ${count(app.statements.reads)} reads and ${count(app.statements.writes)} writes, ${(app.statements.reads / push.count).toFixed(1)} and ${(app.statements.writes / push.count).toFixed(1)} per article (WAL, \`synchronous = NORMAL\`: no fsync per commit). Most run: ${topStatements(app.statements, 5)
      .map((top) => `\`${top.sql}\` ×${count(top.count)}`)
      .join('; ')}.`,
    `- Traffic of the push phase: the app sent ${bytes(app.traffic.sentBytes)} and received ${bytes(app.traffic.receivedBytes)} (each create answers with the whole post, \`content\` raw and rendered).`,
  ];
  if (found.length > 0) {
    const tenth = Math.max(1, Math.floor(found.length / 10));
    lines.push(
      `- ${count(found.length)} of the app's requests are the client-id lookup (\`GET /wp/v2/posts?toasoan_client_id=…\`, \`findEarlierCreate\` in electron/main/core/sync/ArticlePusher.ts) before creates: bare, the creates alone took ${ms(bareBefore.totalMs)}, with the lookups ${ms(bareAfter.totalMs)}. It is a meta query on \`toasoan_client_id\` (\`meta_value\` has no index): median ${ms(median(found.slice(0, tenth)))} over the first ${count(tenth)} articles, ${ms(median(found.slice(-tenth)))} over the last ${count(tenth)}.`,
    );
  }
  return lines.join('\n');
}

function passRow(name: string, pass: PassFigures, listed: string): string[] {
  return [name, count(pass.traffic.requests), describeKinds(pass.traffic.byKind), bytes(pass.traffic.sentBytes), bytes(pass.traffic.receivedBytes), ms(pass.wallMs), listed];
}

/** changedPosts stops at 50 pages; say so when the first listing was cut short. */
function capNote(pull: IncrementalPullResult): string[] {
  const pages = pull.firstPass.traffic.byKind.changedPosts ?? 0;
  const matched = pull.firstPass.listed ?? 0;
  if (pages * 100 >= matched) return [];
  return [
    `- The first pass listed ${count(pages * 100)} of the ${count(matched)} matching posts: \`changedPosts\` (WordPressClient.ts) stops at 50 pages, and the watermark only advances to the newest stamp seen (oldest first), so the idle pass listed the rest.`,
  ];
}

const probeKinds = (pass: PassFigures): Traffic['byKind'] => {
  const { me, terms, authors } = pass.traffic.byKind;
  return Object.fromEntries(Object.entries({ me, terms, authors }).filter(([, n]) => n !== undefined));
};

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
    ...capNote(pull),
    `- The change listing matches more than the ${count(pull.changed)} edited posts: Puller looks back an hour from the watermark (\`modified_gmt\` has one-second resolution, clocks drift), and the laptop's own ${count(pull.linked)} posts were written minutes earlier. Only posts whose \`toasoan_rev\` moved are fetched in full.`,
    `- The probe that opens each pass (is the site there, does the password work): ${describeKinds(probeKinds(pull.idlePass))} in the idle pass, ${describeKinds(probeKinds(incremental))} in the incremental one.`,
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
  const cores = figures.machine.cores;
  return [
    header(figures),
    pushSection(figures.push) + interference(figures.foreign.push, cores),
    pullSection(figures.pull) + interference(figures.foreign.pull, cores),
    faultSection(figures.faults) + interference(figures.foreign.faults, cores),
  ].join('\n\n');
}
