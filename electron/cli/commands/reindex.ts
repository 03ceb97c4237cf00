import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan reindex`: the search index built again from every article (the triggers keep it current otherwise). */
export async function runReindex(ctx: CommandContext): Promise<ExitCode> {
  const result = await ctx.call('search.rebuild', {});
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  writeLine(ctx.stdout, ctx.t('cli.search.reindexed', { articles: result.value.articles, seconds: (result.value.ms / 1000).toFixed(1) }));
  return EXIT.ok;
}
