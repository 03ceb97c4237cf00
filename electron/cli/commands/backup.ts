import path from 'node:path';
import { formatFields, formatTime } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import type { CommandContext } from './context.ts';
import { fail, printJson } from './context.ts';
import type { LibraryAccess } from './library.ts';

/** `toasoan backup FILE`: the whole library, photos included, in one file; safe while the app writes. */
export async function runBackup(ctx: CommandContext, library: LibraryAccess, file: string): Promise<ExitCode> {
  const target = path.resolve(ctx.cwd, file);
  const result = await library.run((core) => core.backups.create(target));
  if (!result.ok) return fail(ctx, result.error);
  const made = result.value;
  if (ctx.json) return printJson(ctx, { file: made.file, createdAt: made.createdAt, articles: made.articles, media: made.media, bytes: made.bytes });
  writeLine(ctx.stdout, ctx.t('cli.backup.made', { file: made.file, articles: made.articles, media: made.media }));
  return EXIT.ok;
}

/** `toasoan restore FILE`: checked first; the library it replaces is kept as a backup. */
export async function runRestore(ctx: CommandContext, library: LibraryAccess, file: string): Promise<ExitCode> {
  const source = path.resolve(ctx.cwd, file);
  const result = await library.run((core) => core.backups.restore(source));
  if (!result.ok) return fail(ctx, result.error);
  const { restored, previous } = result.value;
  if (ctx.json) return printJson(ctx, { restored: { file: restored.file, createdAt: restored.createdAt, articles: restored.articles }, previous: previous.file });
  writeLine(ctx.stdout, ctx.t('cli.backup.restored', { file: restored.file, time: formatTime(restored.createdAt), articles: restored.articles, previous: previous.file }));
  return EXIT.ok;
}

/** `toasoan doctor`: is the library whole, and what it holds. Exit 1 when the check finds a problem. */
export async function runDoctor(ctx: CommandContext, library: LibraryAccess): Promise<ExitCode> {
  const result = await library.run((core) => {
    const integrity = core.db.pragma('integrity_check', { simple: true });
    const count = (sql: string) => core.db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
    const pageBytes = (core.db.pragma('page_size', { simple: true }) as number) * (core.db.pragma('page_count', { simple: true }) as number);
    const backups = core.backups.list();
    return {
      integrity: String(integrity),
      file: core.db.name,
      bytes: pageBytes,
      articles: count('SELECT count(*) AS n FROM articles WHERE trashed_at IS NULL'),
      trashed: count('SELECT count(*) AS n FROM articles WHERE trashed_at IS NOT NULL'),
      revisions: count('SELECT count(*) AS n FROM revisions'),
      media: count('SELECT count(*) AS n FROM media'),
      indexed: count('SELECT count(*) AS n FROM search_docs'),
      lastBackup: backups[0]?.createdAt ?? null,
      recovery: core.recovery ?? null,
    };
  });
  if (!result.ok) return fail(ctx, result.error);
  const report = result.value;
  const healthy = report.integrity === 'ok' && report.indexed === report.articles + report.trashed;
  if (ctx.json) {
    printJson(ctx, { healthy, ...report });
    return healthy ? EXIT.ok : EXIT.error;
  }
  const { t } = ctx;
  const fields: [string, string][] = [
    [t('cli.doctor.file'), report.file],
    [t('cli.doctor.integrity'), report.integrity === 'ok' ? t('cli.doctor.ok') : report.integrity],
    [t('cli.doctor.articles'), t('cli.doctor.articleCounts', { articles: report.articles, trashed: report.trashed })],
    [t('cli.doctor.revisions'), String(report.revisions)],
    [t('cli.doctor.media'), String(report.media)],
    [t('cli.doctor.index'), report.indexed === report.articles + report.trashed ? t('cli.doctor.ok') : t('cli.doctor.indexStale', { indexed: report.indexed })],
    [t('cli.doctor.size'), `${(report.bytes / 1024 / 1024).toFixed(1)} MiB`],
    [t('cli.doctor.lastBackup'), report.lastBackup === null ? t('cli.doctor.never') : formatTime(report.lastBackup)],
  ];
  if (report.recovery !== null) fields.push([t('cli.doctor.recovered'), t('cli.doctor.recoveredText', { damaged: report.recovery.damagedFile, from: report.recovery.restoredFrom })]);
  for (const line of formatFields(fields)) writeLine(ctx.stdout, line);
  return healthy ? EXIT.ok : EXIT.error;
}
