import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const nodeEnv = process.env['NODE_ENV'];
afterAll(() => {
  // electron-vite sets NODE_ENV while resolving; leave the worker as it was.
  process.env['NODE_ENV'] = nodeEnv;
});

/** Builds the preload from electron.vite.config.ts in memory, exactly as `electron-vite build` would. */
async function buildPreload(): Promise<Rolldown.OutputChunk[]> {
  const resolved = await resolveConfig(
    { configFile: path.join(ROOT, 'electron.vite.config.ts'), root: ROOT, logLevel: 'silent' },
    'build',
    'production',
  );
  const preload = resolved.config?.preload;
  if (preload === undefined) throw new Error('no preload config');
  const output = (await build({ ...preload, logLevel: 'silent', build: { ...preload.build, write: false } })) as
    | Rolldown.RolldownOutput
    | Rolldown.RolldownOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs.flatMap((o) => o.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'));
}

describe('preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron, as a sandboxed preload must', async () => {
    const chunks = await buildPreload();
    expect(chunks.map((chunk) => chunk.fileName)).toEqual(['index.cjs']);
    const [chunk] = chunks;
    expect(chunk?.imports).toEqual(['electron']);
    expect(chunk?.dynamicImports).toEqual([]);
    const requires = [...(chunk?.code ?? '').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
    expect(chunk?.code).not.toMatch(/^\s*(import|export)\s/m);
  }, 30_000);
});
