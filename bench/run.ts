import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { editorSection } from './editor/editorSection.ts';
import { editorTypingBench } from './editor/typingBench.ts';
import { searchBench } from './search/searchBench.ts';
import { searchSection } from './search/searchSection.ts';
import { writeSection } from './support/benchmarksDoc.ts';
import { ForeignCpu } from './support/ForeignCpu.ts';
import { machine } from './support/machine.ts';
import { faultInvariants, type FaultRunResult } from './sync/faultInvariants.ts';
import { incrementalPull } from './sync/incrementalPull.ts';
import { pushDrafts } from './sync/pushDrafts.ts';
import { syncSection, type Foreign } from './sync/syncSection.ts';

const USAGE = `npm run bench [-- options]
  --only AREA     run one area: editor, search or sync (all three)
  --corpus N      articles in the search library (100000)
  --corpus-dir D  search an existing corpus (npm run corpus) instead of generating one
  --queries N     search queries timed (400)
  --keys N        keys per measured typing pass (200)
  --articles N    articles pushed in one pass (500)
  --seeded N      posts on the site for the incremental pull (5000)
  --fault-ops N   operations of the fault-proxy invariant run (1000)
  --skip-faults   leave out the fault-proxy run
  --dry-run       print the section, do not rewrite docs/benchmarks.md`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`--${name} takes a positive whole number\n${USAGE}`);
  return number;
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    corpus: { type: 'string' },
    'corpus-dir': { type: 'string' },
    queries: { type: 'string' },
    keys: { type: 'string' },
    articles: { type: 'string' },
    seeded: { type: 'string' },
    'fault-ops': { type: 'string' },
    'skip-faults': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const articles = positive(values.articles, 500, 'articles');
const seeded = positive(values.seeded, 5000, 'seeded');
const faultOps = positive(values['fault-ops'], 1000, 'fault-ops');
const keys = positive(values.keys, 200, 'keys');
const only = values.only;
if (only !== undefined && only !== 'sync' && only !== 'editor' && only !== 'search') throw new Error(`--only takes editor, search or sync\n${USAGE}`);
const corpus = positive(values.corpus, 100_000, 'corpus');
const queries = positive(values.queries, 400, 'queries');

const began = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - began) / 1000).toFixed(1)} s] ${line}`);

/** Runs one benchmark and notes how much CPU other processes took meanwhile. */
async function measured<T>(run: () => Promise<T>): Promise<{ result: T; foreign: Foreign }> {
  const foreign = ForeignCpu.begin();
  const started = performance.now();
  const result = await run();
  return { result, foreign: { cpuSeconds: foreign.seconds(), wallSeconds: (performance.now() - started) / 1000 } };
}

const flags = process.argv.slice(2).filter((arg) => arg !== '--dry-run');
const command = ['npm run bench', ...(flags.length > 0 ? ['--', ...flags] : [])].join(' ');

function write(title: string, section: string): void {
  console.log(`\n## ${title}\n\n${section}\n`);
  if (values['dry-run']) return;
  writeSection(DOC, title, section);
  log(`wrote ${title} in ${path.relative(ROOT, DOC)}`);
}

// One area after the other, one benchmark at a time: on two cores, anything running beside a measurement is in it.
if (only === undefined || only === 'editor') {
  const editorBegan = performance.now();
  const editorLoad = os.loadavg()[0] ?? 0;
  const result = await editorTypingBench({ words: 10_000, opens: 5, warmUpKeys: 30, measuredKeys: keys, rounds: 4, intervalMs: 100 }, log);
  write('Editor typing', editorSection({ date: new Date(), command, machine: machine(), result, loadBefore: editorLoad, wallMs: performance.now() - editorBegan }));
}

if (only === undefined || only === 'search') {
  const searchBegan = performance.now();
  const searchLoad = os.loadavg()[0] ?? 0;
  const corpusDir = values['corpus-dir'] === undefined ? undefined : path.resolve(values['corpus-dir']);
  const result = await searchBench({ articles: corpus, queries, ...(corpusDir === undefined ? {} : { corpusDir }) }, log);
  write('Search', searchSection({ date: new Date(), command, machine: machine(), result, loadBefore: searchLoad, wallMs: performance.now() - searchBegan }));
}

if (only === undefined || only === 'sync') {
  const syncBegan = performance.now();
  const syncLoad = os.loadavg()[0] ?? 0;
  const push = await measured(() => pushDrafts(articles, log));
  const pull = await measured(() => incrementalPull({ seeded, linked: 50, changed: 10 }, log));
  let faults: { result: FaultRunResult; foreign: Foreign } | undefined;
  if (!values['skip-faults']) {
    log(`faults: ${faultOps} operations through the fault proxy`);
    faults = await measured(() => faultInvariants(faultOps, log));
  }
  const section = syncSection({
    date: new Date(),
    command,
    machine: machine(),
    versions: push.result.versions,
    push: push.result,
    pull: pull.result,
    faults: faults?.result,
    foreign: { push: push.foreign, pull: pull.foreign, faults: faults?.foreign },
    wallMs: performance.now() - syncBegan,
    loadBefore: syncLoad,
  });
  write('Sync', section);
  if (faults !== undefined && !faults.result.passed) process.exitCode = 1;
}
