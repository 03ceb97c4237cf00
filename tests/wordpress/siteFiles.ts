import fs from 'node:fs';
import path from 'node:path';
import { phpString } from './phpCli.ts';

/** Debian's packaged WordPress; CI installs it with apt. */
export const WORDPRESS_SOURCE = '/usr/share/wordpress';

/**
 * Directories that are only ever reached through ABSPATH, so they can be symlinks.
 * PHP resolves symlinks in __DIR__, so anything that finds wp-load.php from its own
 * location (the top-level scripts, wp-admin/*.php, wp-admin/network/*.php) must be a
 * real copy, or it would load Debian's wp-config.php from /usr/share/wordpress.
 * Measured: this layout takes ~35 ms, a full copy of the 56 MB tree 250-700 ms.
 */
const LINKED = new Set(['wp-includes', 'wp-admin/css', 'wp-admin/js', 'wp-admin/images', 'wp-admin/includes']);

function copyEntry(source: string, target: string, relative: string): void {
  if (LINKED.has(relative)) {
    fs.symlinkSync(source, target);
    return;
  }
  const stat = fs.lstatSync(source);
  if (!stat.isDirectory()) {
    fs.cpSync(source, target, { verbatimSymlinks: true });
    return;
  }
  fs.mkdirSync(target);
  for (const name of fs.readdirSync(source)) {
    copyEntry(path.join(source, name), path.join(target, name), relative === '' ? name : `${relative}/${name}`);
  }
}

/**
 * A WordPress tree in `wordpressDir` that this site alone writes to: its own
 * wp-config.php and an empty, writable wp-content (no Akismet, no theme: the REST
 * API needs neither).
 */
export function prepareWordPressFiles(wordpressDir: string): void {
  if (!fs.existsSync(path.join(WORDPRESS_SOURCE, 'wp-settings.php'))) {
    throw new Error(`no WordPress in ${WORDPRESS_SOURCE}: apt-get install wordpress (see tests/wordpress/README.md)`);
  }
  fs.mkdirSync(wordpressDir);
  for (const name of fs.readdirSync(WORDPRESS_SOURCE)) {
    if (name === 'wp-config.php' || name === 'wp-content') continue;
    copyEntry(path.join(WORDPRESS_SOURCE, name), path.join(wordpressDir, name), name);
  }
  for (const sub of ['plugins', 'mu-plugins', 'themes', 'uploads']) {
    fs.mkdirSync(path.join(wordpressDir, 'wp-content', sub), { recursive: true });
  }
}

export interface WpConfig {
  url: string;
  /** host:port, for php -S. */
  dbHost: string;
  /** The server's unix socket, for the PHP CLI. */
  dbSocket: string;
  dbName: string;
  dbUser: string;
  dbPassword: string;
  debugLog: string;
}

const SALT_NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];

/**
 * A plain wp-config.php. Debian's own reads /etc/wordpress/config-<host>.php, which
 * is root-owned and ignores the port, so it cannot describe a per-test site.
 */
export function writeWpConfig(wordpressDir: string, config: WpConfig): void {
  const define = (name: string, value: string | boolean) =>
    `define(${phpString(name)}, ${typeof value === 'boolean' ? String(value) : phpString(value)});`;
  const lines = [
    '<?php',
    '// Written by tests/wordpress/siteFiles.ts for a throwaway test site.',
    define('DB_NAME', config.dbName),
    define('DB_USER', config.dbUser),
    define('DB_PASSWORD', config.dbPassword),
    // The CLI (install, php(), seedPosts) goes through the socket: 25% faster seeding than TCP.
    `define('DB_HOST', PHP_SAPI === 'cli' ? ${phpString(`localhost:${config.dbSocket}`)} : ${phpString(config.dbHost)});`,
    define('DB_CHARSET', 'utf8mb4'),
    define('DB_COLLATE', ''),
    // Fixed salts: cookies and nonces stay valid across server restarts within a test.
    ...SALT_NAMES.map((name) => define(name, `toasoan-test-${name.toLowerCase()}`)),
    "$table_prefix = 'wp_';",
    // Application passwords need HTTPS unless the environment type is 'local'.
    define('WP_ENVIRONMENT_TYPE', 'local'),
    define('DISABLE_WP_CRON', true),
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('WP_HOME', config.url),
    define('WP_SITEURL', config.url),
    // Notices go to a file: on screen they would corrupt JSON responses. The CLI keeps
    // its display_errors=stderr and PHP's own fatal message, instead of WordPress's
    // "critical error" page, so a failing php() snippet says why.
    define('WP_DEBUG', true),
    "define('WP_DEBUG_DISPLAY', PHP_SAPI === 'cli' ? null : false);",
    "define('WP_DISABLE_FATAL_ERROR_HANDLER', PHP_SAPI === 'cli');",
    define('WP_DEBUG_LOG', config.debugLog),
    "if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ];
  fs.writeFileSync(path.join(wordpressDir, 'wp-config.php'), lines.join('\n'));
}
