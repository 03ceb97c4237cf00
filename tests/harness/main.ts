import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../electron/main/core/db/DatabaseOpenError.ts';
import { createI18n } from '../../shared/i18n/index.ts';
import { isLanguage } from '../../shared/i18n/languages.ts';
import { JsonFileSettingsStore } from '../../electron/main/core/settings/JsonFileSettingsStore.ts';
import { startHarness } from './server.ts';

/**
 * `npm run dev:browser -- --data DIR --port N`: the app's core and renderer in a
 * browser, for development and the end-to-end tests. Prints one line with the URL.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.join(os.tmpdir(), 'toasoan-dev') },
    port: { type: 'string', default: '0' },
  },
});

const dataDir = path.resolve(values.data);

try {
  const harness = await startHarness({
    dataDir,
    port: Number(values.port),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`Tòa soạn: ${harness.url}\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DatabaseOpenError) {
    const language = new JsonFileSettingsStore(dataDir).get('language');
    const { t } = createI18n(isLanguage(language) ? language : undefined);
    process.stderr.write(`${t(`errors.reason.${error.reason}`)} (${dataDir})\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
