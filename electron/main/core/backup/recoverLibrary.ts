import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/Db.ts';
import { DatabaseOpenError } from '../db/DatabaseOpenError.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { BACKUP_EXTENSION, readBackupInfo, unpackBackupCopy } from './backupFile.ts';

/** What happened when the library was found damaged: told to the reporter at once. */
export interface Recovery {
  /** Where the damaged library now lies, untouched, for whoever wants to look at it. */
  damagedFile: string;
  restoredFrom: string;
  backupCreatedAt: number;
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-').slice(0, 19);

function latestGoodBackup(backupsDir: string): { file: string; createdAt: number } | undefined {
  if (!fs.existsSync(backupsDir)) return undefined;
  const good = fs
    .readdirSync(backupsDir)
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .flatMap((name) => {
      const file = path.join(backupsDir, name);
      try {
        return [{ file, createdAt: readBackupInfo(file).createdAt }];
      } catch {
        return [];
      }
    });
  return good.sort((a, b) => b.createdAt - a.createdAt)[0];
}

/**
 * Opens the library; if it is damaged (fails SQLite's check, or is not a database at all)
 * and a good backup exists, moves the damaged files aside into `damaged/`, puts the
 * newest good backup in its place and opens that. Without a good backup the damaged file
 * is left where it is and the error stands: nothing is ever thrown away.
 */
export function openLibraryRecovering(libraryFile: string, dataDir: string, now: number, integrityCheck: boolean): { db: Db; recovery?: Recovery } {
  try {
    return { db: openDatabase(libraryFile, { now: () => now, integrityCheck }) };
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || !error.damaged) throw error;
    const backup = latestGoodBackup(path.join(dataDir, 'backups'));
    if (backup === undefined) throw error;
    const damagedDir = path.join(dataDir, 'damaged', stamp(now));
    fs.mkdirSync(damagedDir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(libraryFile + suffix)) fs.renameSync(libraryFile + suffix, path.join(damagedDir, path.basename(libraryFile) + suffix));
    }
    const temporary = `${libraryFile}.restoring`;
    fs.copyFileSync(backup.file, temporary);
    const copy = new Database(temporary);
    try {
      unpackBackupCopy(copy, path.join(dataDir, 'media'));
    } finally {
      copy.close();
    }
    fs.renameSync(temporary, libraryFile);
    return {
      db: openDatabase(libraryFile, { now: () => now, integrityCheck }),
      recovery: { damagedFile: path.join(damagedDir, path.basename(libraryFile)), restoredFrom: backup.file, backupCreatedAt: backup.createdAt },
    };
  }
}
