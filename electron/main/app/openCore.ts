import path from 'node:path';
import { createI18n } from '../../../shared/i18n/index.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { LIBRARY_FILE, type Core, type CoreOptions } from '../core/createCore.ts';
import { DatabaseOpenError } from '../core/db/DatabaseOpenError.ts';

export interface StartupFailure {
  title: string;
  message: string;
}

/**
 * What the reporter reads when the library cannot be opened: the translated
 * reason and the file, so the newsroom's technician knows what to look at.
 */
export function describeStartupFailure(error: unknown, language: Language, libraryFile: string): StartupFailure {
  const t = createI18n(language).t;
  const reason = error instanceof DatabaseOpenError ? error.reason : 'unexpected';
  return { title: t('app.name'), message: `${t(`errors.reason.${reason}`)}\n\n${libraryFile}` };
}

export interface OpenCoreDeps {
  createCore(options: CoreOptions): Core;
  options: CoreOptions;
  language: Language;
  showErrorBox(title: string, content: string): void;
  log(message: string, error: unknown): void;
}

/**
 * The core, or undefined after telling the user why not. A library from a newer
 * version or a damaged file is refused by the core without being written to;
 * the app then explains and quits instead of crashing with a stack trace.
 */
export function openCore(deps: OpenCoreDeps): Core | undefined {
  try {
    return deps.createCore(deps.options);
  } catch (error) {
    deps.log('cannot open the library', error);
    const failure = describeStartupFailure(error, deps.language, path.join(deps.options.dataDir, LIBRARY_FILE));
    deps.showErrorBox(failure.title, failure.message);
    return undefined;
  }
}
