import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { formatTable, formatTime } from '../format.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan list`: the library (not the trash), newest first as the app shows it. */
export async function runList(ctx: CommandContext): Promise<ExitCode> {
  const result = await ctx.call('articles.list', { scope: 'library' });
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  const { t } = ctx;
  if (result.value.length === 0) {
    writeLine(ctx.stdout, t('cli.noArticles'));
    return EXIT.ok;
  }
  const header = [
    t('cli.columnId'),
    t('library.columns.status'),
    t('library.columns.updated'),
    t('library.columns.words'),
    t('library.columns.title'),
  ];
  const rows = result.value.map((article) => [
    article.id,
    t(`status.${article.status}`),
    formatTime(article.updatedAt),
    String(article.wordCount),
    article.title === '' ? t('library.untitled') : article.title,
  ]);
  for (const line of formatTable([header, ...rows], new Set([3]))) writeLine(ctx.stdout, line);
  return EXIT.ok;
}
