import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { Db } from '../db/Db.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { migrate } from '../db/migrate.ts';
import type { Clock } from '../ports.ts';
import { BACKUP_EXTENSION, readBackupInfo, restoreBackup, writeBackup, type BackupInfo } from './backupFile.ts';

/** Rolling backups: one a day, the newest seven kept. */
export const DAILY_BACKUPS_KEPT = 7;
const DAY = 24 * 3_600_000;
const DAILY_PREFIX = 'hang-ngay-';

export interface BackupEntry extends BackupInfo {
  name: string;
  file: string;
}

const stamp = (at: number) => new Date(at).toISOString().replace(/[:.]/g, '-').replace('T', '_').slice(0, 19);

/**
 * Backups of the whole library (backupFile.ts): by hand to any file, daily into the
 * library's `backups` folder (seven kept), and restore from one, always after keeping a
 * backup of the library it replaces, so a wrong restore is itself undone by a restore.
 */
export class BackupService {
  private readonly db: Db;
  private readonly dataDir: string;
  private readonly libraryFile: string;
  private readonly clock: Clock;

  constructor(db: Db, dataDir: string, libraryFile: string, clock: Clock) {
    this.db = db;
    this.dataDir = dataDir;
    this.libraryFile = libraryFile;
    this.clock = clock;
  }

  get backupsDir(): string {
    return path.join(this.dataDir, 'backups');
  }

  private get mediaDir(): string {
    return path.join(this.dataDir, 'media');
  }

  /** To `file`, or to a new file in the backups folder. */
  async create(file?: string, prefix = 'sao-luu-'): Promise<BackupEntry> {
    const now = this.clock.now();
    const target = file ?? path.join(this.backupsDir, `${prefix}${stamp(now)}${BACKUP_EXTENSION}`);
    const info = await writeBackup(this.db, this.mediaDir, target, now);
    return { ...info, name: path.basename(target), file: target };
  }

  /** The backups folder's backups, newest first; files that are not whole backups are left out. */
  list(): BackupEntry[] {
    if (!fs.existsSync(this.backupsDir)) return [];
    return fs
      .readdirSync(this.backupsDir)
      .filter((name) => name.endsWith(BACKUP_EXTENSION))
      .flatMap((name) => {
        const file = path.join(this.backupsDir, name);
        try {
          return [{ ...readBackupInfo(file), name, file }];
        } catch {
          return [];
        }
      })
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /** A backup of the backups folder, by its name (what the app's screen offers; no paths cross the bridge). */
  fileOf(name: string): string {
    const file = path.join(this.backupsDir, path.basename(name));
    if (path.basename(name) !== name || !fs.existsSync(file)) throw new AppError('NotFound', `no backup ${name}`, { reason: 'backupNotFound' });
    return file;
  }

  /** Once a day, when the library is opened by the app; the oldest beyond seven go. */
  async dailyIfDue(): Promise<BackupEntry | undefined> {
    const now = this.clock.now();
    const daily = this.list().filter((entry) => entry.name.startsWith(DAILY_PREFIX));
    if (daily[0] !== undefined && now - daily[0].createdAt < DAY) return undefined;
    const made = await this.create(undefined, DAILY_PREFIX);
    for (const old of [made, ...daily].slice(DAILY_BACKUPS_KEPT)) fs.rmSync(old.file, { force: true });
    return made;
  }

  /**
   * Replaces the library with a backup's. The library it replaces is kept first as a
   * backup ("truoc-khoi-phuc-…"); a backup written by a newer version is refused, an
   * older one is brought up to date.
   */
  async restore(file: string): Promise<{ restored: BackupEntry; previous: BackupEntry }> {
    const info = readBackupInfo(file);
    this.refuseNewer(file);
    const previous = await this.create(undefined, 'truoc-khoi-phuc-');
    await restoreBackup(file, this.libraryFile, this.mediaDir, path.join(this.dataDir, 'tmp'));
    migrate(this.db, MIGRATIONS, () => this.clock.now());
    return { restored: { ...info, name: path.basename(file), file }, previous };
  }

  private refuseNewer(file: string): void {
    const copy = new Database(file, { readonly: true });
    try {
      const known = new Set(MIGRATIONS.map((migration) => migration.id));
      const unknown = copy.prepare<[], { id: string }>('SELECT id FROM schema_migrations').all().filter((row) => !known.has(row.id));
      if (unknown.length > 0) throw new AppError('Validation', 'backup from a newer version', { reason: 'databaseTooNew' });
    } finally {
      copy.close();
    }
  }
}
