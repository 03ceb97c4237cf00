import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './writeCorpus.ts';

const USAGE = 'npm run corpus -- --count N --out DIR   (DIR must not hold a library yet)';

const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count <= 0 || values.out === undefined) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const result = writeCorpus(path.resolve(values.out), count, (line) => console.log(line));
  console.log(`${result.articles} articles in ${result.file} (${(result.writeMs / 1000).toFixed(1)} s, search index included)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
