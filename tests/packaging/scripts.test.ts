import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts: Record<string, boolean>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};

describe('package scripts', () => {
  it('fetch the Electron binary before launching it (electron 45 has no postinstall and electron-vite does not download)', () => {
    for (const name of ['start', 'dev', 'package']) {
      expect(pkg.scripts[name], name).toMatch(/^install-electron && /);
    }
  });

  it('never rebuild native modules: better-sqlite3 ships one N-API binary for Node and Electron', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, name).not.toMatch(/electron-rebuild|npm rebuild|node-gyp|install-app-deps/);
    }
    expect(pkg.allowScripts['better-sqlite3']).toBe(false);
  });

  it('run scripts on Node 22 from the node devDependency', () => {
    expect(pkg.devDependencies['node']).toMatch(/^\^22\./);
    expect(pkg.allowScripts['node']).toBe(true);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });
});
