import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
};
const nodeEnv = process.env['NODE_ENV'];
afterAll(() => {
  process.env['NODE_ENV'] = nodeEnv;
});

async function buildMain(): Promise<Rolldown.OutputChunk[]> {
  const resolved = await resolveConfig(
    { configFile: path.join(ROOT, 'electron.vite.config.ts'), root: ROOT, logLevel: 'silent' },
    'build',
    'production',
  );
  const main = resolved.config?.main;
  if (main === undefined) throw new Error('no main config');
  const output = (await build({ ...main, logLevel: 'silent', build: { ...main.build, write: false } })) as
    | Rolldown.RolldownOutput
    | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) => o.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'));
}

const packageName = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

describe('main bundle', () => {
  let chunks: Rolldown.OutputChunk[] = [];
  beforeAll(async () => {
    chunks = await buildMain();
  }, 30_000);

  it('is the entry package.json names', () => {
    expect(chunks.map((chunk) => `out/main/${chunk.fileName}`)).toContain(packageJson.main);
  });

  it('loads at run time only Electron, Node built-ins and packages electron-builder ships', () => {
    // A devDependency left as an import would work in development and be missing from the installed app.
    const shipped = new Set(['electron', ...Object.keys(packageJson.dependencies ?? {})]);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const imports = chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]);
    const own = new Set(chunks.map((chunk) => chunk.fileName));
    const external = imports.filter((specifier) => !builtins.has(specifier) && !own.has(specifier));
    expect(external.length).toBeGreaterThan(0);
    for (const specifier of external) expect(shipped.has(packageName(specifier)), specifier).toBe(true);
  });
});
