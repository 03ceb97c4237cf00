import { docToPlainText } from '../../../shared/domain/articleBody.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { formatFields, formatTime } from '../format.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan show ID`: every field, the body as the plain text a reporter would paste. */
export async function runShow(ctx: CommandContext, id: string): Promise<ExitCode> {
  // Ids are generated lower-case; some tools upper-case a copied UUID.
  const result = await ctx.call('articles.get', { id: id.toLowerCase() });
  if (!result.ok) return fail(ctx, result.error);
  const article = result.value;
  if (ctx.json) return printJson(ctx, article);
  const { t } = ctx;
  const fields: [string, string][] = [
    [t('cli.columnId'), article.id],
    [t('editor.title'), article.title === '' ? t('library.untitled') : article.title],
    [t('editor.sapo'), article.sapo],
    [t('editor.byline'), article.byline],
    [t('editor.category'), article.category],
    [t('editor.tags'), article.tags.join(', ')],
    [t('library.columns.status'), t(`status.${article.status}`)],
    [t('library.columns.words'), String(article.wordCount)],
    [t('cli.createdAt'), formatTime(article.createdAt)],
    [t('library.columns.updated'), formatTime(article.updatedAt)],
    [t('cli.version'), String(article.version)],
  ];
  if (article.trashedAt !== null) fields.push([t('cli.trashedAt'), formatTime(article.trashedAt)]);
  for (const line of formatFields(fields)) writeLine(ctx.stdout, line);
  writeLine(ctx.stdout, '');
  writeLine(ctx.stdout, `${t('editor.body')}:`);
  const body = docToPlainText(article.body);
  if (body !== '') writeLine(ctx.stdout, body);
  return EXIT.ok;
}
