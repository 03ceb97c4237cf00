import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface BuilderConfig {
  appId?: unknown;
  productName?: unknown;
  executableName?: unknown;
  directories?: { output?: unknown; buildResources?: unknown };
  files?: unknown;
  npmRebuild?: unknown;
  asarUnpack?: unknown;
  linux?: { target?: unknown; category?: unknown; maintainer?: unknown; icon?: unknown };
  win?: { target?: unknown; icon?: unknown };
  mac?: { target?: unknown; category?: unknown; icon?: unknown };
}

const config = parse(read('electron-builder.yml')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as {
  main: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

function filePatterns(): string[] {
  expect(Array.isArray(config.files)).toBe(true);
  return config.files as string[];
}

/** electron-builder's rule: a file ships if a positive pattern matches and no `!` pattern does. */
function ships(file: string): boolean {
  const patterns = filePatterns();
  const included = patterns.filter((p) => !p.startsWith('!')).some((p) => path.matchesGlob(file, p));
  const excluded = patterns.filter((p) => p.startsWith('!')).some((p) => path.matchesGlob(file, p.slice(1)));
  return included && !excluded;
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('vn.toasoan.app');
    expect(config.productName).toBe('Tòa soạn');
    expect(config.executableName).toBe('toasoan');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('keeps the prebuilt better-sqlite3 binary and unpacks native modules from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the build output and package.json, including the entry point', () => {
    for (const file of [packageJson.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) {
      expect(ships(file), file).toBe(true);
    }
  });

  it('never ships tests, the browser harness, sources or build resources', () => {
    expect(filePatterns()).toContain('!tests/**');
    for (const file of [
      'tests/harness/server.ts',
      'tests/harness/main.ts',
      'tests/e2e/editor.e2e.ts',
      'tests/packaging/electronBuilderConfig.test.ts',
      'electron/main/index.ts',
      'shared/contract/index.ts',
      'renderer/src/App.tsx',
      'build/make-icon.ts',
      'out/main/index.js.map',
    ]) {
      expect(ships(file), file).toBe(false);
    }
  });

  it('builds AppImage and deb for Linux, NSIS for Windows and dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    // dpkg requires a maintainer with an e-mail address.
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('is accepted by electron-builder’s own schema', async () => {
    // app-builder-lib comes with electron-builder; its loader reads electron-builder.yml the way a build would.
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const loaded = await getConfig(ROOT, null, null);
    const silentLogger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(loaded, silentLogger as never)).resolves.toBeUndefined();
    expect(loaded.appId).toBe('vn.toasoan.app');
  });
});

describe('package.json for electron-builder', () => {
  it('has electron as a devDependency only: electron-builder refuses it in dependencies', () => {
    expect(packageJson.devDependencies?.['electron']).toBeDefined();
    expect(packageJson.dependencies?.['electron']).toBeUndefined();
    expect(packageJson.dependencies?.['electron-builder']).toBeUndefined();
  });

  it('points main at the built entry', () => {
    expect(packageJson.main).toBe('out/main/index.js');
  });
});

interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  chunks: string[];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Walks the chunks, checking every CRC, and returns the header. Throws on anything malformed. */
function readPng(file: string): PngInfo {
  const data = fs.readFileSync(path.join(ROOT, file));
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file}: not a PNG`);
  const chunks: string[] = [];
  let offset = 8;
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const typeAndData = data.subarray(offset + 4, offset + 8 + length);
    const crc = data.readUInt32BE(offset + 8 + length);
    if (zlib.crc32(typeAndData) !== crc) throw new Error(`${file}: bad CRC`);
    chunks.push(typeAndData.subarray(0, 4).toString('latin1'));
    offset += 12 + length;
  }
  if (chunks[0] !== 'IHDR' || chunks.at(-1) !== 'IEND') throw new Error(`${file}: chunks out of order`);
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data[24] ?? 0,
    colourType: data[25] ?? 0,
    chunks,
  };
}

describe('icons', () => {
  it('has a 512×512 RGBA build/icon.png for Windows and macOS', () => {
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(readPng('build/icon.png')).toMatchObject({ width: 512, height: 512, bitDepth: 8, colourType: 6 });
  });

  it('has a Linux icon set of square PNGs named by their size', () => {
    expect(config.linux?.icon).toBe('build/icons');
    const files = fs.readdirSync(path.join(ROOT, 'build/icons')).filter((f) => f.endsWith('.png'));
    expect(files).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const file of files) {
      const match = /^(\d+)x(\d+)\.png$/.exec(file);
      expect(match, file).not.toBeNull();
      const png = readPng(`build/icons/${file}`);
      expect([png.width, png.height], file).toEqual([Number(match?.[1]), Number(match?.[2])]);
      expect(png.colourType, file).toBe(6);
    }
  });
});
