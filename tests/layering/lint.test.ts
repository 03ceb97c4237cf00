import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-globals')
    .map((message) => message.ruleId ?? '');
}

describe('layering lint rules', () => {
  it('keep shared/ free of Node, DOM, Electron and app imports', async () => {
    expect(await restrictedImports('shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/domain/x.ts', "import { x } from '../../renderer/src/x.ts';\nexport const a = x;\n")).toHaveLength(1);
    expect(await restrictedImports('shared/domain/x.ts', 'export const a = window.location;\n')).toHaveLength(1);
    expect(await restrictedImports('shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toEqual([]);
  });

  it('keep the renderer on shared/ only', async () => {
    expect(await restrictedImports('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/x.ts', "import D from 'better-sqlite3';\nexport const a = D;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/x.ts', "import { createCore } from '../../electron/main/core/createCore.ts';\nexport const a = createCore;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/x.ts', "import { LIMITS } from '../../shared/domain/article.ts';\nexport const a = LIMITS;\n")).toEqual([]);
  });

  it('keep Electron out of the core', async () => {
    expect(await restrictedImports('electron/main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/main/core/x.ts', "import Store from 'electron-store';\nexport const a = Store;\n")).toHaveLength(1);
    expect(await restrictedImports('electron/main/core/x.ts', "import D from 'better-sqlite3';\nexport const a = D;\n")).toEqual([]);
  });

  // Linting the whole tree takes several seconds on two cores.
  it('pass on the whole tree as committed', { timeout: 60_000 }, async () => {
    const results = await eslint.lintFiles(['shared', 'renderer', 'electron/main/core']);
    const problems = results.flatMap((result) => result.messages.map((message) => `${result.filePath}: ${message.message}`));
    expect(problems).toEqual([]);
  });
});
