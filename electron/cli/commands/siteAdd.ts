import { readFirstLine } from '../readSecret.ts';
import { formatFields } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';
import { siteFields } from './siteFields.ts';

async function readPassword(ctx: CommandContext): Promise<string | undefined> {
  if (ctx.promptSecret !== undefined) return ctx.promptSecret(ctx.t('cli.sites.passwordPrompt'));
  const line = await readFirstLine(ctx.stdin);
  if (!line.ok) return undefined;
  return line.text;
}

/**
 * `toasoan site add URL --user U --app-password-stdin`: the password comes from
 * stdin, goes to `sites.connect` (which checks it against the site and seals it
 * in the vault), and is never printed, logged or put in a message.
 */
export async function runSiteAdd(ctx: CommandContext, url: string, username: string): Promise<ExitCode> {
  const appPassword = await readPassword(ctx);
  // Checked before the library is opened: nothing to store, nothing to ask the site.
  if (appPassword === undefined || appPassword === '') {
    writeLine(ctx.stderr, ctx.t('cli.sites.noPassword'));
    return EXIT.error;
  }
  const result = await ctx.call('sites.connect', { url, username, appPassword });
  if (!result.ok) return fail(ctx, result.error);
  const site = result.value;
  if (ctx.json) return printJson(ctx, site);
  const { t } = ctx;
  writeLine(ctx.stdout, t('sites.connected', { name: site.name }));
  for (const line of formatFields(siteFields(t, site))) writeLine(ctx.stdout, line);
  writeLine(ctx.stdout, t('sites.activated', { name: site.name }));
  if (!site.canUpload) writeLine(ctx.stderr, t('sites.noUpload'));
  return EXIT.ok;
}
