import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan submit ID` ("Gửi duyệt"): local now, pending on the site at the next `toasoan sync`. */
export async function runSubmit(ctx: CommandContext, id: string): Promise<ExitCode> {
  const result = await ctx.call('sync.submit', { id: id.toLowerCase() });
  if (!result.ok) {
    // "Tiêu đề (--title): …" would point at an option submit does not have.
    const { field, ...error } = result.error;
    return fail(ctx, field === 'id' ? result.error : error);
  }
  const article = result.value;
  if (ctx.json) return printJson(ctx, article);
  writeLine(ctx.stdout, ctx.t('cli.submitted', { id: article.id, status: ctx.t(`status.${article.status}`) }));
  return EXIT.ok;
}
