import type { ArticleStatus } from '../../../shared/domain/article.ts';
import type { Snippet } from '../../../shared/search/snippet.ts';
import { formatTable, formatTime } from '../format.ts';
import { EXIT, writeLine, type ExitCode } from '../io.ts';
import { fail, printJson, type CommandContext } from './context.ts';

/** Found words in [brackets]: readable in any terminal, and in a pipe. */
export function bracketed(text: string, highlights: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [from, to] of highlights) {
    out += `${text.slice(at, from)}[${text.slice(from, to)}]`;
    at = to;
  }
  return out + text.slice(at);
}

const snippetText = (snippet: Snippet | undefined) => (snippet === undefined ? '' : bracketed(snippet.text, snippet.highlights));

/** `toasoan search QUERY [--status S] [--limit N]`: the library's best matches first. */
export async function runSearch(ctx: CommandContext, query: string, options: { status?: ArticleStatus; limit: number }): Promise<ExitCode> {
  const result = await ctx.call('search.query', {
    query,
    limit: options.limit,
    ...(options.status === undefined ? {} : { status: [options.status] }),
  });
  if (!result.ok) return fail(ctx, result.error);
  const { hits, total, totalIsLowerBound } = result.value;
  if (ctx.json) {
    return printJson(
      ctx,
      hits.map((hit) => ({
        id: hit.id,
        title: hit.title,
        score: Math.round(hit.score * 1000) / 1000,
        exact: hit.exact,
        status: hit.status,
        updatedAt: hit.updatedAt,
        snippet: hit.snippet?.text ?? '',
        highlights: hit.snippet?.highlights ?? [],
      })),
    );
  }
  const { t } = ctx;
  if (hits.length === 0) {
    writeLine(ctx.stdout, t('cli.search.none'));
    return EXIT.ok;
  }
  const header = [t('cli.columnId'), t('library.columns.status'), t('library.columns.updated'), t('library.columns.title')];
  const rows = hits.map((hit) => [
    hit.id,
    t(`status.${hit.status}`),
    formatTime(hit.updatedAt),
    bracketed(hit.title === '' ? t('library.untitled') : hit.title, hit.titleHighlights),
  ]);
  const [head, ...lines] = formatTable([header, ...rows]);
  writeLine(ctx.stdout, head ?? '');
  lines.forEach((line, index) => {
    writeLine(ctx.stdout, line);
    const snippet = snippetText(hits[index]?.snippet);
    if (snippet !== '') writeLine(ctx.stdout, `    ${snippet}`);
  });
  writeLine(ctx.stdout, t(totalIsLowerBound ? 'cli.search.shownMore' : 'cli.search.shown', { shown: hits.length, total }));
  return EXIT.ok;
}
