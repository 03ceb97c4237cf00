import { z } from 'zod';
import { safeText } from '../text/safeText.ts';

/** One backup of the library's backups folder, named by its file name (no paths cross the bridge). */
export interface BackupSummary {
  name: string;
  createdAt: number;
  articles: number;
  media: number;
  bytes: number;
}

export interface BackupStatus {
  backupsDir: string;
  /** The library was found damaged when it opened; this is what was done about it. */
  recovery: { damagedFile: string; restoredFrom: string; backupCreatedAt: number } | null;
}

export const backupInputs = {
  status: z.strictObject({}),
  list: z.strictObject({}),
  create: z.strictObject({}),
  restore: z.strictObject({ name: safeText(255).refine((value) => /^[^/\\]+$/.test(value), { params: { reason: 'invalidFormat' } }) }),
};

type In<K extends keyof typeof backupInputs> = z.input<(typeof backupInputs)[K]>;

export interface BackupApi {
  status(input: In<'status'>): Promise<BackupStatus>;
  list(input: In<'list'>): Promise<BackupSummary[]>;
  create(input: In<'create'>): Promise<BackupSummary>;
  /** The library it replaces is kept as a backup first (`previous`). */
  restore(input: In<'restore'>): Promise<{ restored: BackupSummary; previous: BackupSummary }>;
}
