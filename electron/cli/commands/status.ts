import { describeSyncFailure } from '../describeFailure.ts';
import { formatFields } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan status ID`: where an article stands on the site, in the words of the app's sync badge. */
export async function runStatus(ctx: CommandContext, rawId: string): Promise<ExitCode> {
  const id = rawId.toLowerCase();
  const article = await ctx.call('articles.get', { id });
  if (!article.ok) return fail(ctx, article.error);
  const info = await ctx.call('sync.status', { id });
  if (!info.ok) return fail(ctx, info.error);
  const { title, status } = article.value;
  if (ctx.json) return printJson(ctx, { ...info.value, title, status });
  const { t } = ctx;
  const sync = info.value;
  const fields: [string, string][] = [
    [t('cli.columnId'), sync.articleId],
    [t('editor.title'), title === '' ? t('library.untitled') : title],
    [t('library.columns.status'), t(`status.${status}`)],
    [t('sync.label'), t(`sync.state.${sync.state}`)],
  ];
  if (sync.remoteId !== null) fields.push([t('cli.status.remoteId'), String(sync.remoteId)]);
  if (sync.link !== '') fields.push([t('cli.status.link'), sync.link]);
  if (sync.pendingIntents > 0) fields.push([t('cli.status.pending'), String(sync.pendingIntents)]);
  if (sync.editorialNote !== '') fields.push([t('editor.editorialNote'), sync.editorialNote]);
  if (sync.error !== null) fields.push([t('cli.status.lastError'), describeSyncFailure(t, sync.error)]);
  for (const line of formatFields(fields)) writeLine(ctx.stdout, line);
  return EXIT.ok;
}
