import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installAsMustUse } from './companionPlugin.ts';
import { startMariaDb } from './mariadb.ts';
import { lastJsonLine, PHP_SCRIPTS, runPhpScript, runPhpSnippet } from './phpCli.ts';
import { startPhpServer, type PhpServer } from './phpServer.ts';
import { freePort, removeOnExit } from './processes.ts';
import { ADMIN_DISPLAY_NAME, CATEGORIES, DEFAULT_CATEGORY, SITE_TITLE, TAGS, USERS, type WordPressRole } from './seedData.ts';
import { prepareWordPressFiles, writeWpConfig } from './siteFiles.ts';
import { basicAuthHeader } from './users.ts';

export type { WordPressRole } from './seedData.ts';

export interface WordPressUser {
  id: number;
  login: string;
  /** An application password (24 characters, no spaces); login passwords do not work over REST. */
  appPassword: string;
  /** `Basic …` for the Authorization header. */
  authHeader: string;
}

export interface WordPressTerm {
  id: number;
  name: string;
  slug: string;
  /** 0 for a top-level term. */
  parent: number;
}

export interface WordPressSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** `${url}/wp-json`: append a route such as `/wp/v2/posts`. */
  restBase: string;
  users: Record<WordPressRole, WordPressUser>;
  /** Every category, the renamed default ("Chưa phân loại") first. */
  categories: WordPressTerm[];
  tags: WordPressTerm[];
  /** The site's own WordPress tree (wp-content is writable), e.g. to drop in a plugin. */
  wordpressDir: string;
  /** "The site is down": stops php -S only; the database and files stay. */
  stopServer(): Promise<void>;
  /** Serves the same site on the same port again. */
  startServer(): Promise<void>;
  /** Runs a PHP snippet with WordPress loaded (nobody logged in) and returns what it printed. */
  php(code: string): Promise<string>;
  /** WordPress's debug.log so far (WP_DEBUG is on, display off): PHP notices, warnings, fatals. */
  debugLog(): string;
  /** Stops everything and removes the temp dirs. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartWordPressOptions {
  /** Install wordpress-plugin/toasoan-companion as a must-use plugin. */
  plugin: boolean;
  /** Fixed HTTP port; by default a free one. */
  port?: number;
  /** Every line the processes print, prefixed with their name, plus start-up timings. */
  log?: (line: string) => void;
}

interface InstallAnswer {
  users: Record<WordPressRole, Omit<WordPressUser, 'authHeader'>>;
  categories: WordPressTerm[];
  tags: WordPressTerm[];
}

// Pretty permalinks, as newsroom sites have them. (Measured: behind router.php, /wp-json/
// answers even with plain permalinks; real hosts with plain ones often lack the rewrite
// to index.php, which is why the app must also know /?rest_route=.)
const PERMALINKS = '/%postname%/';

/**
 * A real WordPress (Debian's 6.1) on loopback with its own MariaDB, seeded with one
 * user per role, Vietnamese categories and tags. Start-up measured 1.5 s warm,
 * 2.7 s cold, on 2 cores: the database initialisation (~0.6 s of it) overlaps the
 * file setup and php -S start; wp_install + users + terms take ~0.7 s.
 */
export async function startWordPress(options: StartWordPressOptions): Promise<WordPressSite> {
  const began = performance.now();
  const log = options.log;
  const step = (what: string) => log?.(`[startWordPress] ${what} at ${Math.round(performance.now() - began)} ms`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-wp-'));
  const wordpressDir = path.join(root, 'wordpress');
  const scratchDir = path.join(root, 'scratch');
  const debugLogPath = path.join(root, 'debug.log');
  fs.mkdirSync(scratchDir);
  const cancelExitCleanup = removeOnExit(root);
  log?.(`[startWordPress] site in ${root}`);

  const database = startMariaDb(path.join(root, 'db'), log);
  // Nothing to await it until later, and a failure must not surface as an unhandled rejection.
  database.catch(() => undefined);
  let server: PhpServer | undefined;
  let port = 0;
  let stopped = false;

  // After start-up nobody is awaiting the processes: say so when one dies under a test.
  const report = (error: unknown) => (log ?? console.error)(`[startWordPress] ${error instanceof Error ? error.message : String(error)}`);
  const watch = (target: PhpServer) =>
    target.process.died.catch((error: unknown) => {
      if (!stopped && server === target) report(error);
    });

  const stopServer = async () => {
    const running = server;
    server = undefined;
    await running?.stop();
  };
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopServer();
    const started = await database.catch(() => undefined);
    await started?.stop();
    fs.rmSync(root, { recursive: true, force: true });
    cancelExitCleanup();
  };

  try {
    prepareWordPressFiles(wordpressDir);
    if (options.plugin) installAsMustUse(wordpressDir);
    step('files ready');
    server = await listen(wordpressDir, options.port, log);
    port = server.port;
    step(`php -S listening on ${port}`);
    const db = await database;
    step(`MariaDB ready on ${db.port}`);
    db.died.catch((error: unknown) => {
      if (!stopped) report(error);
    });
    const url = `http://127.0.0.1:${port}`;
    writeWpConfig(wordpressDir, {
      url,
      dbHost: `${db.host}:${db.port}`,
      dbSocket: db.socket,
      dbName: db.database,
      dbUser: db.user,
      dbPassword: db.password,
      debugLog: debugLogPath,
    });
    const answer = lastJsonLine<InstallAnswer>(
      await runPhpScript(path.join(PHP_SCRIPTS, 'install.php'), {
        wordpressDir,
        title: SITE_TITLE,
        adminDisplayName: ADMIN_DISPLAY_NAME,
        permalinkStructure: PERMALINKS,
        defaultCategory: DEFAULT_CATEGORY,
        categories: CATEGORIES,
        tags: TAGS,
        users: USERS,
      }),
    );
    step('WordPress installed');
    const restBase = `${url}/wp-json`;
    await server.ready(`${restBase}/`);
    watch(server);
    step('REST API answering');

    const withHeader = (user: Omit<WordPressUser, 'authHeader'>): WordPressUser => ({
      ...user,
      authHeader: basicAuthHeader(user.login, user.appPassword),
    });
    return {
      url,
      restBase,
      users: {
        contributor: withHeader(answer.users.contributor),
        author: withHeader(answer.users.author),
        editor: withHeader(answer.users.editor),
        admin: withHeader(answer.users.admin),
      },
      categories: answer.categories,
      tags: answer.tags,
      wordpressDir,
      stopServer,
      startServer: async () => {
        if (server !== undefined && server.process.exitStatus() === null) return;
        await stopServer(); // reaps a server that died by itself
        // The port was free a moment ago; if another process took it, this fails rather than move the site.
        const next = await startPhpServer(wordpressDir, port, log);
        server = next;
        await next.ready(`${restBase}/`);
        watch(next);
      },
      php: (code) => runPhpSnippet(wordpressDir, scratchDir, code),
      debugLog: () => (fs.existsSync(debugLogPath) ? fs.readFileSync(debugLogPath, 'utf8') : ''),
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** php -S on the requested port, or on a free one, retrying if the free one is taken in between. */
async function listen(wordpressDir: string, fixedPort: number | undefined, log?: (line: string) => void): Promise<PhpServer> {
  for (let attempt = 1; ; attempt += 1) {
    const port = fixedPort ?? (await freePort());
    try {
      return await startPhpServer(wordpressDir, port, log);
    } catch (error) {
      const taken = error instanceof Error && error.message.includes('Address already in use');
      if (fixedPort !== undefined || !taken || attempt >= 3) throw error;
    }
  }
}
