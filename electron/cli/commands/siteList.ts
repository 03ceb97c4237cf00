import { formatTable } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** `toasoan site list`: the connected sites, the active one (where `sync` and `submit` go) marked `*`. */
export async function runSiteList(ctx: CommandContext): Promise<ExitCode> {
  const result = await ctx.call('sites.list', {});
  if (!result.ok) return fail(ctx, result.error);
  if (ctx.json) return printJson(ctx, result.value);
  const { t } = ctx;
  if (result.value.length === 0) {
    writeLine(ctx.stdout, t('sites.none'));
    return EXIT.ok;
  }
  const header = ['', t('cli.sites.name'), t('sites.url'), t('sites.roleLabel'), t('sites.account')];
  const rows = result.value.map((site) => [
    site.active ? '*' : '',
    site.name,
    site.url,
    t(`sites.role.${site.role}`),
    site.username,
  ]);
  for (const line of formatTable([header, ...rows])) writeLine(ctx.stdout, line);
  writeLine(ctx.stdout, t('cli.sites.activeMark'));
  return EXIT.ok;
}
