import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, pollUntil, runToEnd, spawnGroup, type GroupProcess } from './processes.ts';

export interface MariaDb {
  host: string;
  port: number;
  socket: string;
  database: string;
  user: string;
  password: string;
  /** Runs SQL as root over the socket; returns the client's tab-separated output. */
  sql(statement: string): Promise<string>;
  /** Rejects with the server's log tail if it ends; never resolves. */
  died: Promise<never>;
  stop(): Promise<void>;
}

const DATABASE = 'wordpress';
const USER = 'wordpress';
const PASSWORD = 'wordpress-test';

/** mariadbd refuses to run as root unless told to; CI runners are not root, this sandbox is. */
function userArgs(): string[] {
  return process.getuid?.() === 0 ? [`--user=${os.userInfo().username}`] : [];
}

function socketAccepts(socket: string): Promise<true | undefined> {
  return new Promise((resolve) => {
    const connection = net.connect(socket);
    connection.once('connect', () => {
      connection.destroy();
      resolve(true);
    });
    connection.once('error', () => resolve(undefined));
  });
}

/**
 * A private MariaDB in `dir`: its own datadir, socket and loopback port, so suites
 * running at the same time never meet. Initialising the datadir takes ~1 s of the
 * start; the server itself is accepting connections ~0.2 s after that.
 */
export async function startMariaDb(dir: string, log?: (line: string) => void): Promise<MariaDb> {
  const datadir = path.join(dir, 'data');
  // A unix socket path is limited to 107 bytes; tmpdir paths stay well under it.
  const socket = path.join(dir, 'mysqld.sock');
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  // Seen once in CI with several suites starting sites at the same moment on two cores:
  // the bootstrap failed without a reason in its output. A clean retry has always passed.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await runToEnd('mariadb-install-db', [
        '--no-defaults',
        `--datadir=${datadir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        ...userArgs(),
      ]);
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      log?.(`mariadb-install-db failed (attempt ${attempt}), retrying: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      fs.rmSync(datadir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }

  let server: GroupProcess | undefined;
  let port = 0;
  for (let attempt = 1; server === undefined; attempt += 1) {
    port = await freePort();
    const candidate = spawnGroup(
      'mariadb',
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${path.join(dir, 'mysqld.pid')}`,
        `--tmpdir=${path.join(dir, 'tmp')}`,
        '--skip-log-bin',
        '--skip-name-resolve',
        '--innodb-flush-log-at-trx-commit=2',
        '--innodb-buffer-pool-size=64M',
        '--character-set-server=utf8mb4',
        ...userArgs(),
      ],
      { log },
    );
    try {
      await pollUntil('MariaDB socket', () => socketAccepts(socket), { timeoutMs: 20_000, died: candidate.died });
      server = candidate;
    } catch (error) {
      await candidate.stop('SIGKILL');
      // Someone took the port between freePort() and the bind: pick another.
      if (attempt < 3 && /Address already in use|Bind on TCP\/IP port/.test(candidate.logTail())) continue;
      throw error;
    }
  }

  const running = server;
  const sql = (statement: string) =>
    runToEnd('mariadb', ['--no-defaults', `--socket=${socket}`, '--user=root', '--batch', '--skip-column-names'], {
      input: statement,
      timeoutMs: 30_000,
    });
  await sql(
    [
      `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
      // 127.0.0.1 for php -S over TCP, localhost for the PHP CLI over the socket.
      `CREATE USER '${USER}'@'127.0.0.1' IDENTIFIED BY '${PASSWORD}';`,
      `GRANT ALL PRIVILEGES ON ${DATABASE}.* TO '${USER}'@'127.0.0.1';`,
      `CREATE USER '${USER}'@'localhost' IDENTIFIED BY '${PASSWORD}';`,
      `GRANT ALL PRIVILEGES ON ${DATABASE}.* TO '${USER}'@'localhost';`,
    ].join('\n'),
  );

  return {
    host: '127.0.0.1',
    port,
    socket,
    database: DATABASE,
    user: USER,
    password: PASSWORD,
    sql,
    died: running.died,
    // The datadir is thrown away, so there is nothing a clean shutdown would save (it takes 1.5-2 s).
    stop: () => running.stop('SIGKILL'),
  };
}
