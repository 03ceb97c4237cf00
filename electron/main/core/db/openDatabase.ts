import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db, Migration } from './Db.ts';
import { DatabaseOpenError } from './DatabaseOpenError.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { migrate } from './migrate.ts';
import { registerSearchFunctions } from '../search/sqlFunctions.ts';

/** "TSOA" as a big-endian int32, stored in the SQLite header so other apps' databases are recognised. */
export const APPLICATION_ID = 0x54534f41;

/** Long enough for the CLI and the app to take turns writing while an autosave commits. */
const BUSY_TIMEOUT_MS = 5_000;

export interface OpenDatabaseOptions {
  migrations?: readonly Migration[];
  now?: () => number;
  /**
   * SQLite's quick check before anything else: a damaged page found now is one the latest
   * backup can still replace. It reads the whole file (0.6 s for 10,000 generated articles,
   * 5–7 s for 100,000, measured here), so the app does it once per start and the CLI leaves
   * it to `toasoan doctor`.
   */
  integrityCheck?: boolean;
}

function isSqliteCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code));
}

/**
 * Opens (or creates) the local library: WAL so readers never block the autosave,
 * foreign keys on, and migrations applied. Refuses, without writing, a file that is
 * not a SQLite database, belongs to another application, or comes from a newer build.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  let db: Db;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    // A folder the reporter may not write to (a read-only disk, another user's folder) is said as such.
    const reason = isSqliteCode(error, 'EACCES', 'EROFS', 'EPERM', 'SQLITE_CANTOPEN', 'SQLITE_READONLY') ? 'notWritable' : 'databaseUnavailable';
    throw new DatabaseOpenError(reason, `cannot open ${file}`, { cause: error });
  }
  try {
    // Reading the header first: a non-database file fails here, before any write.
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get();
    if (appId !== APPLICATION_ID && appId !== 0) {
      throw new DatabaseOpenError('databaseCorrupt', `application_id ${appId} is not Tòa soạn's`);
    }
    if (appId === 0 && (tables?.n ?? 0) > 0) {
      throw new DatabaseOpenError('databaseCorrupt', 'a SQLite database that is not a Tòa soạn library');
    }
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (appId === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    if (options.integrityCheck === true) {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new DatabaseOpenError('databaseCorrupt', `${file} fails its integrity check: ${String(check)}`, { damaged: true });
    }
    registerSearchFunctions(db);
    migrate(db, options.migrations ?? MIGRATIONS, options.now ?? Date.now);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    if (isSqliteCode(error, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
      throw new DatabaseOpenError('databaseCorrupt', `${file} is not a valid database`, { cause: error, damaged: true });
    }
    throw new DatabaseOpenError('databaseUnavailable', `cannot open ${file}`, { cause: error });
  }
}
