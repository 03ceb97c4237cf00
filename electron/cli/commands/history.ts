import { formatTable, formatTime } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan history ID`: every kept version, newest first, with the number restore-version takes. */
export async function runHistory(ctx: CommandContext, rawId: string): Promise<ExitCode> {
  const result = await ctx.call('articles.listRevisions', { id: rawId.toLowerCase() });
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  const { t } = ctx;
  if (result.value.length === 0) {
    writeLine(ctx.stdout, t('history.empty'));
    return EXIT.ok;
  }
  const header = [t('cli.history.revision'), t('cli.history.kind'), t('cli.history.time'), t('library.columns.words'), t('library.columns.title')];
  const rows = result.value.map((revision) => [
    String(revision.id),
    revision.label === '' ? t(`history.kind.${revision.kind}`) : `${t(`history.kind.${revision.kind}`)}: ${revision.label}`,
    formatTime(revision.createdAt),
    String(revision.wordCount),
    revision.title === '' ? t('library.untitled') : revision.title,
  ]);
  for (const line of formatTable([header, ...rows], new Set([0, 3]))) writeLine(ctx.stdout, line);
  return EXIT.ok;
}

/** `toasoan restore-version ID REV`: the text now is kept as a version first; nothing is lost. */
export async function runRestoreVersion(ctx: CommandContext, rawId: string, revisionId: number): Promise<ExitCode> {
  const result = await ctx.call('articles.restoreRevision', { id: rawId.toLowerCase(), revisionId });
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  writeLine(ctx.stdout, ctx.t('cli.history.restored', { id: result.value.id, revision: revisionId }));
  return EXIT.ok;
}
