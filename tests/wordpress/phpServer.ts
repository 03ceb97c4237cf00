import path from 'node:path';
import { PHP_SCRIPTS } from './phpCli.ts';
import { pollUntil, spawnGroup, type GroupProcess } from './processes.ts';

export interface PhpServer {
  port: number;
  process: GroupProcess;
  /** Resolves once WordPress answers `GET readyUrl` with 200; rejects with the log if php dies first. */
  ready(readyUrl: string): Promise<void>;
  stop(): Promise<void>;
}

const START_LINE = /Development Server \(http:\/\/[^)]+\) started/;

/**
 * `php -S` with 4 workers: WordPress requests are synchronous PHP, and a single
 * worker would serialise the parallel requests the sync and race tests make.
 */
export async function startPhpServer(wordpressDir: string, port: number, log?: (line: string) => void): Promise<PhpServer> {
  const child = spawnGroup(
    'php',
    'php',
    [
      '-d', 'upload_max_filesize=64M',
      '-d', 'post_max_size=64M',
      '-d', 'memory_limit=256M',
      '-S', `127.0.0.1:${port}`,
      '-t', wordpressDir,
      path.join(PHP_SCRIPTS, 'router.php'),
    ],
    { cwd: wordpressDir, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, log },
  );
  // The workers print the start line once they are listening; a taken port makes php exit instead.
  try {
    await pollUntil('php -S to listen', async () => (START_LINE.test(child.logTail(50)) ? true : undefined), {
      timeoutMs: 10_000,
      died: child.died,
      intervalMs: 10,
    });
  } catch (error) {
    await child.stop('SIGKILL');
    throw error;
  }
  return {
    port,
    process: child,
    ready: (readyUrl) =>
      pollUntil(
        `200 from ${readyUrl}`,
        async () => {
          const response = await fetch(readyUrl, { signal: AbortSignal.timeout(5_000) });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`status ${response.status}`);
          return true;
        },
        { timeoutMs: 20_000, died: child.died },
      ).then(() => undefined),
    // SIGINT, not SIGTERM: on SIGINT the php -S master waits for its workers, so
    // none is left a zombie for an init that reaps slowly (measured: 30 ms, clean).
    stop: () => child.stop('SIGINT'),
  };
}
