import type { ArticleFields } from '../../../shared/domain/article.ts';
import { docFromPlainText } from '../../../shared/domain/articleBody.ts';
import type { NewArticleOptions } from '../parseArgs.ts';
import { readBodyText } from '../readBodyText.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/**
 * `toasoan new`: the body is read and decoded before the library is opened, so a bad
 * file fails without touching the database. The payload then goes through
 * `articles.create` like the app's, for the same limits and NFC.
 */
export async function runNew(ctx: CommandContext, options: NewArticleOptions): Promise<ExitCode> {
  const { bodyFile, ...text } = options;
  const payload: Partial<ArticleFields> = { ...text };
  if (bodyFile !== undefined) {
    const body = await readBodyText(bodyFile, ctx.stdin);
    if (!body.ok) {
      const path = bodyFile === '-' ? ctx.t('cli.stdin') : bodyFile;
      writeLine(ctx.stderr, ctx.t(body.key, { path }));
      return EXIT.error;
    }
    payload.body = docFromPlainText(body.text);
  }
  const result = await ctx.call('articles.create', payload);
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  writeLine(ctx.stdout, ctx.t('cli.created', { id: result.value.id }));
  return EXIT.ok;
}
