import fs from 'node:fs';
import path from 'node:path';
import { ArticleRepository } from '../../electron/main/core/articles/ArticleRepository.ts';
import { LIBRARY_FILE } from '../../electron/main/core/createCore.ts';
import { openDatabase } from '../../electron/main/core/db/openDatabase.ts';
import { corpusArticle } from '../../tests/fixtures/generated/corpus.ts';

export interface CorpusWritten {
  file: string;
  articles: number;
  /** Writing the rows, the search index included (its triggers run in the same transactions). */
  writeMs: number;
}

const BATCH = 1_000;

/**
 * A library folder holding `count` generated articles, written through the app's own
 * repository (so the search triggers index them as the app would), 1,000 to a transaction.
 * Refuses a folder that already holds a library: a generator must never write into real work.
 */
export function writeCorpus(dir: string, count: number, log: (line: string) => void = () => undefined): CorpusWritten {
  const file = path.join(dir, LIBRARY_FILE);
  if (fs.existsSync(file)) throw new Error(`${file} exists: give an empty folder`);
  fs.mkdirSync(dir, { recursive: true });
  const db = openDatabase(file);
  try {
    const repo = new ArticleRepository(db);
    const started = performance.now();
    for (let from = 0; from < count; from += BATCH) {
      db.transaction(() => {
        for (let n = from; n < Math.min(count, from + BATCH); n++) repo.insert(corpusArticle(n));
      })();
      if ((from / BATCH) % 10 === 9) log(`corpus: ${from + BATCH} of ${count} articles`);
    }
    return { file, articles: count, writeMs: performance.now() - started };
  } finally {
    db.close();
  }
}
