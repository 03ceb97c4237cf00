import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LINE = /^Tòa soạn: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m;

export interface HarnessProcess {
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** SIGKILL: no shutdown hooks, no flush; what is on disk is what survives. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `tests/harness/main.ts` as its own process, as `npm run dev:browser` would. */
export async function startHarnessProcess(dataDir: string): Promise<HarnessProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'tests/harness/main.ts'), '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start: ${err}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = LINE.exec(out);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}: ${err}`));
    });
  });
  return {
    url,
    child,
    stderr: () => err,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
