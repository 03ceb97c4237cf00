import os from 'node:os';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { createCore, LIBRARY_FILE, type Core } from '../main/core/createCore.ts';
import { cipherForPlainNode } from '../main/core/secrets/chooseCipher.ts';
import { DatabaseOpenError } from '../main/core/db/DatabaseOpenError.ts';
import { resolveDataDir } from '../main/core/paths.ts';
import { JsonFileSettingsStore } from '../main/core/settings/JsonFileSettingsStore.ts';
import { callerFor, type Call } from './call.ts';
import { runBackup, runDoctor, runRestore } from './commands/backup.ts';
import { runReindex } from './commands/reindex.ts';
import { runHistory, runRestoreVersion } from './commands/history.ts';
import { libraryAccess, type LibraryAccess } from './commands/library.ts';
import { runList } from './commands/list.ts';
import { runExport, runImport } from './commands/transfer.ts';
import { runNew } from './commands/new.ts';
import { runSearch } from './commands/search.ts';
import { runShow } from './commands/show.ts';
import { runSiteAdd } from './commands/siteAdd.ts';
import { runSiteList } from './commands/siteList.ts';
import { runStatus } from './commands/status.ts';
import { runSubmit } from './commands/submit.ts';
import { runSync } from './commands/sync.ts';
import type { CommandContext } from './commands/context.ts';
import { DEBUG_ENV, EXIT, writeLine, type CliIo, type ExitCode } from './io.ts';
import { parseArgs, type Command } from './parseArgs.ts';
import { cliTranslator } from './translate.ts';

/** `--lang`, else the language the desktop app was set to, else Vietnamese. */
function chooseLanguage(explicit: Language | undefined, settings: JsonFileSettingsStore): Language {
  if (explicit !== undefined) return explicit;
  const stored = settings.get('language');
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

function debugText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\ncaused by: ${debugText(error.cause)}`;
  return (error.stack ?? error.message) + cause;
}

function debug(io: CliIo, error: unknown): void {
  if (io.env[DEBUG_ENV] !== undefined && io.env[DEBUG_ENV] !== '') writeLine(io.stderr, debugText(error));
}

async function runCommand(command: Command, ctx: CommandContext, library: LibraryAccess): Promise<ExitCode> {
  switch (command.name) {
    case 'help':
      writeLine(ctx.stdout, ctx.t('cli.usage'));
      return EXIT.ok;
    case 'list':
      return runList(ctx);
    case 'show':
      return runShow(ctx, command.id);
    case 'new':
      return runNew(ctx, command.options);
    case 'siteAdd':
      return runSiteAdd(ctx, command.url, command.username);
    case 'siteList':
      return runSiteList(ctx);
    case 'submit':
      return runSubmit(ctx, command.id);
    case 'sync':
      return runSync(ctx);
    case 'status':
      return runStatus(ctx, command.id);
    case 'history':
      return runHistory(ctx, command.id);
    case 'backup':
      return runBackup(ctx, library, command.file);
    case 'restore':
      return runRestore(ctx, library, command.file);
    case 'doctor':
      return runDoctor(ctx, library);
    case 'reindex':
      return runReindex(ctx);
    case 'import':
      return runImport(ctx, library, command.files);
    case 'export':
      return runExport(ctx, library, command.id, command.format, command.output);
    case 'restoreVersion':
      return runRestoreVersion(ctx, command.id, command.revisionId);
    case 'search':
      return runSearch(ctx, command.query, command.status === undefined ? { limit: command.limit } : { status: command.status, limit: command.limit });
  }
}

/**
 * Why the library could not be used, in the user's language, never a stack trace,
 * plus which file: with --data, TOASOAN_DATA and the app folder in play, "which
 * library?" is the admin's first question. Anything that is not a DatabaseOpenError
 * (openDatabase lets a failed mkdir through) still means the library is unavailable.
 */
function describeOpenFailure(t: TFunction, error: unknown, dataDir: string): string {
  const reason = error instanceof DatabaseOpenError ? error.reason : 'databaseUnavailable';
  return `${t(`errors.reason.${reason}`)}\n${t('cli.libraryFile', { path: path.join(dataDir, LIBRARY_FILE) })}`;
}

/**
 * The whole CLI as a function of argv and streams, so tests run it in-process.
 * Resolves to the exit code; the library is closed before it resolves, so the
 * desktop app never waits on a lock the CLI forgot.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  const dataDir = path.resolve(
    io.cwd ?? process.cwd(),
    resolveDataDir(parsed.globals.data, io.platform ?? process.platform, io.env, io.homedir ?? os.homedir()),
  );
  const settings = new JsonFileSettingsStore(dataDir);
  const t = cliTranslator(chooseLanguage(parsed.globals.lang, settings));
  if (!parsed.ok) {
    writeLine(io.stderr, t(`cli.${parsed.problem.key}`, parsed.problem.params));
    writeLine(io.stderr, t('cli.usage'));
    return EXIT.usage;
  }

  const library: { core?: Core; call?: Call } = {};
  const openCore = (): Core => {
    library.core ??= createCore({ dataDir, settings, cipher: io.cipher ?? cipherForPlainNode(io.env) });
    return library.core;
  };
  const call: Call = async (channel, payload) => {
    library.call ??= callerFor(openCore().handlers, (_channel, error) => debug(io, error));
    return library.call(channel, payload);
  };
  const ctx: CommandContext = {
    t,
    json: parsed.globals.json,
    call,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    cwd: io.cwd ?? process.cwd(),
  };
  if (io.promptSecret !== undefined) ctx.promptSecret = io.promptSecret;
  try {
    return await runCommand(parsed.command, ctx, libraryAccess(openCore, (error) => debug(io, error)));
  } catch (error) {
    // Only opening the library can throw here: dispatch turns handler failures into envelopes.
    writeLine(io.stderr, describeOpenFailure(t, error, dataDir));
    debug(io, error);
    return EXIT.error;
  } finally {
    library.core?.close();
  }
}
