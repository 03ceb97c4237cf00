import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/errors.ts';
import { APPLICATION_ID } from '../db/openDatabase.ts';
import type { Db } from '../db/Db.ts';

/**
 * A backup is one SQLite file: an online copy of the library (SQLite's backup API, so the
 * app keeps writing meanwhile) with two tables added, `backup_meta` (what it is, when,
 * how many articles) and `backup_media` (every photo of the media folder, by hash). One
 * file to copy to a USB stick, checkable with SQLite's own integrity check.
 */
export const BACKUP_FORMAT = 'toasoan-backup-1';
export const BACKUP_EXTENSION = '.toasoan-backup';

export interface BackupInfo {
  createdAt: number;
  articles: number;
  media: number;
  bytes: number;
}

function mediaFiles(mediaDir: string): { hash: string; file: string }[] {
  if (!fs.existsSync(mediaDir)) return [];
  return fs
    .readdirSync(mediaDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(mediaDir, entry.name))
        .filter((name) => /^[0-9a-f]{64}$/.test(name))
        .map((hash) => ({ hash, file: path.join(mediaDir, entry.name, hash) })),
    );
}

const refuse = (reason: string, message: string) => new AppError('Validation', message, { reason });

/** Writes the backup next to `file` first and renames it into place: a crash never leaves half a backup under its name. */
export async function writeBackup(live: Db, mediaDir: string, file: string, now: number): Promise<BackupInfo> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.partial`;
  fs.rmSync(temporary, { force: true });
  try {
    await live.backup(temporary);
    const copy = new Database(temporary);
    try {
      copy.pragma('journal_mode = DELETE');
      const media = mediaFiles(mediaDir);
      copy.transaction(() => {
        copy.exec(`
          CREATE TABLE backup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
          CREATE TABLE backup_media (hash TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT;
        `);
        const meta = copy.prepare('INSERT INTO backup_meta (key, value) VALUES (?, ?)');
        const articles = copy.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()?.n ?? 0;
        meta.run('format', BACKUP_FORMAT);
        meta.run('createdAt', String(now));
        meta.run('articles', String(articles));
        meta.run('media', String(media.length));
        const insert = copy.prepare('INSERT INTO backup_media (hash, bytes) VALUES (?, ?)');
        for (const { hash, file: mediaFile } of media) insert.run(hash, fs.readFileSync(mediaFile));
      })();
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`backup copy failed its check: ${String(check)}`);
    } finally {
      copy.close();
    }
    const handle = fs.openSync(temporary, 'r');
    fs.fsyncSync(handle);
    fs.closeSync(handle);
    fs.renameSync(temporary, file);
    return readBackupInfo(file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** What a backup file holds, after checking that it is one and that it is whole; refuses anything else. */
export function readBackupInfo(file: string): BackupInfo {
  let copy: Database.Database;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('backupUnreadable', `cannot open ${file}`);
  }
  try {
    let format: string | undefined;
    try {
      if (copy.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new Error('not ours');
      format = copy.prepare<[], { value: string }>("SELECT value FROM backup_meta WHERE key = 'format'").get()?.value;
    } catch {
      throw refuse('notABackup', `${file} is not a Tòa soạn backup`);
    }
    if (format !== BACKUP_FORMAT) throw refuse('notABackup', `${file} has format ${format ?? 'none'}`);
    if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw refuse('backupDamaged', `${file} fails its integrity check`);
    const meta = new Map(copy.prepare<[], { key: string; value: string }>('SELECT key, value FROM backup_meta').all().map((row) => [row.key, row.value]));
    return {
      createdAt: Number(meta.get('createdAt')),
      articles: Number(meta.get('articles')),
      media: Number(meta.get('media')),
      bytes: fs.statSync(file).size,
    };
  } finally {
    copy.close();
  }
}

/** Writes back the photos of an opened backup copy that the media folder lacks, then strips the copy to a plain library. */
export function unpackBackupCopy(copy: Database.Database, mediaDir: string): void {
  // Photos first: a restored article must never point at a photo that is not there.
  const rows = copy.prepare<[], { hash: string; bytes: Buffer }>('SELECT hash, bytes FROM backup_media').iterate();
  for (const { hash, bytes } of rows) {
    const target = path.join(mediaDir, hash.slice(0, 2), hash);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(`${target}.partial`, bytes);
    fs.renameSync(`${target}.partial`, target);
  }
  copy.exec('DROP TABLE backup_media; DROP TABLE backup_meta;');
}

/**
 * Puts a checked backup's library in place of the live one, through SQLite's backup API
 * so every connection (the app's too) sees the restored library at its next read, and
 * writes back the photos the media folder lacks. The caller keeps a copy of the library
 * it replaces first, and migrates the restored one.
 */
export async function restoreBackup(file: string, libraryFile: string, mediaDir: string, scratchDir: string): Promise<BackupInfo> {
  const info = readBackupInfo(file);
  fs.mkdirSync(scratchDir, { recursive: true });
  const scratch = path.join(scratchDir, `restore-${process.pid}-${Date.now()}.sqlite`);
  try {
    fs.copyFileSync(file, scratch);
    const copy = new Database(scratch);
    try {
      unpackBackupCopy(copy, mediaDir);
      await copy.backup(libraryFile);
    } finally {
      copy.close();
    }
    return info;
  } finally {
    fs.rmSync(scratch, { force: true });
  }
}
