import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WordPressSite } from './startWordPress.ts';

/** The plugin as site admins get it: a folder they upload to wp-content/plugins. */
export const COMPANION_PLUGIN_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../wordpress-plugin/toasoan-companion',
);
export const COMPANION_PLUGIN_FILE = 'toasoan-companion.php';
/** What `activate_plugin()` and the `active_plugins` option call it. */
export const COMPANION_PLUGIN_BASENAME = `toasoan-companion/${COMPANION_PLUGIN_FILE}`;

/** As a must-use plugin: the main file alone, loaded on every request, no activation. */
export function installAsMustUse(wordpressDir: string): void {
  fs.copyFileSync(
    path.join(COMPANION_PLUGIN_DIR, COMPANION_PLUGIN_FILE),
    path.join(wordpressDir, 'wp-content', 'mu-plugins', COMPANION_PLUGIN_FILE),
  );
}

/** As a normal plugin: the whole folder, still to be activated (see activateCompanionPlugin). */
export function copyAsPlugin(wordpressDir: string): void {
  fs.cpSync(COMPANION_PLUGIN_DIR, path.join(wordpressDir, 'wp-content', 'plugins', 'toasoan-companion'), { recursive: true });
}

/**
 * Copies the folder into wp-content/plugins and activates it as an admin would
 * (activate_plugin checks the header's "Requires" lines and runs the activation hook).
 */
export async function activateCompanionPlugin(site: WordPressSite): Promise<void> {
  copyAsPlugin(site.wordpressDir);
  await runPluginFunction(site, 'activate_plugin');
}

/** The reverse, leaving the files in place; the plugin's options survive as on a real site. */
export async function deactivateCompanionPlugin(site: WordPressSite): Promise<void> {
  await runPluginFunction(site, 'deactivate_plugins');
}

async function runPluginFunction(site: WordPressSite, fn: 'activate_plugin' | 'deactivate_plugins'): Promise<void> {
  const output = await site.php(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $result = ${fn}('${COMPANION_PLUGIN_BASENAME}');
    echo is_wp_error($result) ? 'error: ' . $result->get_error_message() : 'ok';
  `);
  if (!output.trimEnd().endsWith('ok')) throw new Error(`${fn} failed: ${output}`);
}
