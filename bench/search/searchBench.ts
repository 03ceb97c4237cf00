import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, LIBRARY_FILE } from '../../electron/main/core/createCore.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../../electron/main/core/settings/SettingsStore.ts';
import { queryMix, type BenchQuery, type QueryKind } from './queryMix.ts';
import { writeCorpus } from './writeCorpus.ts';

export interface SearchBenchOptions {
  articles: number;
  queries: number;
  /** An existing corpus folder (made by `npm run corpus` with the same count), instead of generating one. */
  corpusDir?: string;
}

export interface TimedQuery extends BenchQuery {
  ms: number;
  total: number;
  hits: number;
}

export interface SearchBenchResult {
  articles: number;
  /** Generating and writing the corpus, indexing included; undefined when an existing corpus was used. */
  writeMs?: number;
  /** `search.rebuild` over the whole library: indexing alone. */
  rebuildMs: number;
  fileBytes: number;
  /** Pages of the three indexes and their bookkeeping (dbstat). */
  indexBytes: number;
  articleBytes: number;
  /** Mean words per article (sapo and body, as the library counts). */
  meanWords: number;
  timed: TimedQuery[];
  warmUp: number;
  /** A few answers, to show what a query gives. */
  samples: { query: string; total: number; first: string[] }[];
}

type Log = (line: string) => void;

/**
 * Search over a generated library of `articles` articles, in-process on the real core
 * (no IPC: the app adds one message each way): each query is one `search.search` call,
 * first page of 20 hits with snippets, as the library's search box asks.
 */
export async function searchBench(options: SearchBenchOptions, log: Log): Promise<SearchBenchResult> {
  const generated = options.corpusDir === undefined;
  const dir = options.corpusDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-corpus-'));
  try {
    let writeMs: number | undefined;
    if (generated) {
      log(`search: writing ${options.articles} articles`);
      writeMs = writeCorpus(dir, options.articles, log).writeMs;
    }
    const core = createCore({ dataDir: dir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
    try {
      const articles = core.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()?.n ?? 0;
      log(`search: rebuilding the index of ${articles} articles`);
      const rebuildMs = core.search.rebuild().ms;
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      const sizes = core.db.prepare<[], { name: string; bytes: number }>('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all();
      const sum = (test: (name: string) => boolean) => sizes.filter((size) => test(size.name)).reduce((total, size) => total + size.bytes, 0);
      const queries = queryMix(articles, options.queries);
      const warmUp = 30;
      for (const query of queryMix(articles, warmUp, 99)) core.search.search({ query: query.query, limit: 20 });
      log(`search: ${queries.length} queries`);
      const timed = queries.map((query): TimedQuery => {
        const started = performance.now();
        const result = core.search.search({ query: query.query, limit: 20, ...(query.status === undefined ? {} : { status: [query.status] }) });
        const ms = performance.now() - started;
        return { ...query, ms, total: result.total, hits: result.hits.length };
      });
      const samples = ['dai nam', 'hoa binh', 'hòa bình', 'hoà bình', '"nông thôn mới" -lũ'].map((query) => {
        const result = core.search.search({ query, limit: 3 });
        return { query, total: result.total, first: result.hits.map((hit) => hit.title) };
      });
      return {
        articles,
        ...(writeMs === undefined ? {} : { writeMs }),
        rebuildMs,
        fileBytes: fs.statSync(path.join(dir, LIBRARY_FILE)).size,
        indexBytes: sum((name) => name.startsWith('search_')),
        articleBytes: sum((name) => name === 'articles'),
        meanWords: core.db.prepare<[], { n: number }>('SELECT avg(word_count) AS n FROM articles').get()?.n ?? 0,
        timed,
        warmUp,
        samples,
      };
    } finally {
      core.close();
    }
  } finally {
    if (generated) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function byKind(timed: readonly TimedQuery[]): Map<QueryKind, TimedQuery[]> {
  const groups = new Map<QueryKind, TimedQuery[]>();
  for (const query of timed) groups.set(query.kind, [...(groups.get(query.kind) ?? []), query]);
  return groups;
}
