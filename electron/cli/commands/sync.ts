import type { SyncReport } from '../../../shared/domain/site.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { syncReportText } from '../syncReportText.ts';
import { articleTitles } from './articleTitles.ts';
import { fail, type CommandContext } from './context.ts';

function articleIds(report: SyncReport): (string | null)[] {
  return [
    ...report.pushed.map((item) => item.articleId),
    ...report.pulled.map((item) => item.articleId),
    ...report.conflicts,
    ...report.failures.map((item) => item.articleId),
  ];
}

/**
 * `toasoan sync`: one pass with the active site, as "Đồng bộ ngay" runs it.
 * Exits 1 when anything failed, so cron and scripts notice an article that did
 * not reach the site; the failures go to stderr in both output modes.
 */
export async function runSync(ctx: CommandContext): Promise<ExitCode> {
  const result = await ctx.call('sync.now', {});
  if (!result.ok) return fail(ctx, result.error);
  const report = result.value;
  // The core answers "no site" with an empty report (the app's timer must not fail); a command must.
  if (report.siteId === null) return fail(ctx, { code: 'Validation', message: 'no site connected', reason: 'noSite' });
  const text = syncReportText(ctx.t, report, await articleTitles(ctx, articleIds(report)));
  if (ctx.json) writeLine(ctx.stdout, JSON.stringify(report, null, 2));
  else {
    const sites = await ctx.call('sites.list', {});
    const site = sites.ok ? sites.value.find((candidate) => candidate.id === report.siteId) : undefined;
    if (site !== undefined) writeLine(ctx.stdout, ctx.t('cli.sync.site', { name: site.name, url: site.url }));
    for (const line of text.out) writeLine(ctx.stdout, line);
  }
  for (const line of text.err) writeLine(ctx.stderr, line);
  return text.err.length > 0 || !report.reachable ? EXIT.error : EXIT.ok;
}
