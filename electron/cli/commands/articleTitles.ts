import type { CommandContext } from './context.ts';

/**
 * Titles for the articles a report names, read one by one: a sync touches a
 * handful. An article that cannot be read (deleted meanwhile) is left out and
 * shown by its id.
 */
export async function articleTitles(ctx: CommandContext, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id === null || id === '' || titles.has(id)) continue;
    const result = await ctx.call('articles.get', { id });
    if (result.ok) titles.set(id, result.value.title === '' ? ctx.t('library.untitled') : result.value.title);
  }
  return titles;
}
