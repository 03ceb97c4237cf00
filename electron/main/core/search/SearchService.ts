import { docToPlainText, type DocNode } from '../../../../shared/domain/articleBody.ts';
import { highlightWords, parseQuery } from '../../../../shared/search/parseQuery.ts';
import type { SearchHit, SearchRequest, SearchResult } from '../../../../shared/search/searchTypes.ts';
import { findWords, makeSnippet } from '../../../../shared/search/snippet.ts';
import type { ArticleRow } from '../articles/ArticleRepository.ts';
import type { Clock } from '../ports.ts';
import type { Db } from '../db/Db.ts';
import { buildMatch, SEARCH_TABLES, type MatchPlan, type SearchTable } from './buildMatch.ts';

const DEFAULT_LIMIT = 20;
/**
 * Counting stops here: "more than 1,000" is all a reporter needs from a search, and
 * counting every match of three common words means walking all their postings.
 */
export const COUNT_CAP = 1_000;

type Row = Pick<ArticleRow, 'id' | 'title' | 'sapo' | 'body' | 'byline' | 'category' | 'status' | 'updated_at'>;

interface Filter {
  sql: string;
  params: Record<string, unknown>;
}

function filterOf(request: SearchRequest): Filter {
  const where: string[] = [request.scope === 'trash' ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (request.status !== undefined && request.status.length > 0) {
    where.push(`a.status IN (${request.status.map((_, index) => `@status${index}`).join(', ')})`);
    request.status.forEach((status, index) => (params[`status${index}`] = status));
  }
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const category = text(request.category);
  const tag = text(request.tag);
  const byline = text(request.byline);
  if (category !== undefined) {
    where.push('a.category = @category');
    params.category = category;
  }
  if (tag !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = @tag)');
    params.tag = tag;
  }
  if (byline !== undefined) {
    where.push('a.byline = @byline');
    params.byline = byline;
  }
  if (request.from !== undefined) {
    where.push('a.updated_at >= @from');
    params.from = request.from;
  }
  if (request.to !== undefined) {
    where.push('a.updated_at < @to');
    params.to = request.to;
  }
  return { sql: where.join(' AND '), params };
}

const HIT_COLUMNS = 'a.id, a.title, a.sapo, a.body, a.byline, a.category, a.status, a.updated_at';
/** Index rows joined to their articles. */
const joined = (table: SearchTable) => `${table} s JOIN search_docs d ON d.doc = s.rowid JOIN articles a ON a.rowid = d.article_rowid`;

/**
 * Vietnamese-aware search over the library (issue 5). Matching is on folded words, so
 * "hoa binh" finds "hòa bình" and "dai" finds "Đại"; when the query has accents, articles
 * holding the words with those accents (tone placement aside: hoà = hòa) come first, then
 * the folded-only ones; within each, all words in the title, then title or sapo, then
 * anywhere (buildMatch.ts); within each of those, the most recently edited first.
 */
export class SearchService {
  private readonly db: Db;
  private readonly clock: Clock;

  constructor(db: Db, clock: Clock) {
    this.db = db;
    this.clock = clock;
  }

  search(request: SearchRequest): SearchResult {
    const query = parseQuery(request.query);
    const plan = buildMatch(query, request.scope ?? 'library');
    const filter = filterOf(request);
    const limit = request.limit ?? DEFAULT_LIMIT;
    const offset = request.offset ?? 0;
    const words = highlightWords(query);
    const params: Record<string, unknown> = { ...filter.params };
    if (plan.excluded !== undefined) params.excluded = plan.excluded;
    // Checked per candidate, by rowid: FTS5 answers "does this row match?" with a seek, where
    // NOT IN would first list every article holding the word ("-dịch": thousands).
    const exclusion = plan.excluded === undefined ? '' : ' AND NOT EXISTS (SELECT 1 FROM search_full x WHERE x.search_full MATCH @excluded AND x.rowid = s.rowid)';

    if (plan.all === undefined) {
      // Nothing to find, only filters (and perhaps -words): the library's own order.
      const where = `${filter.sql}${plan.excluded === undefined ? '' : ' AND NOT EXISTS (SELECT 1 FROM search_docs d JOIN search_full x ON x.rowid = d.doc WHERE d.article_rowid = a.rowid AND x.search_full MATCH @excluded)'}`;
      const rows = this.db
        .prepare<Record<string, unknown>, Row>(`SELECT ${HIT_COLUMNS} FROM articles a WHERE ${where} ORDER BY a.updated_at DESC LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit, offset });
      const total = this.db.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM articles a WHERE ${where} LIMIT ${COUNT_CAP + 1})`).get(params)?.n ?? 0;
      return this.result(rows.map((row) => ({ row, score: 0, exact: false })), total, words, COUNT_CAP);
    }

    const page = (table: SearchTable, match: string, count: number) =>
      this.db
        .prepare<Record<string, unknown>, Row>(
          `SELECT ${HIT_COLUMNS} FROM ${joined(table)} WHERE ${table} MATCH @match AND ${filter.sql}${exclusion} ORDER BY s.rowid DESC LIMIT @count`,
        )
        .all({ ...params, match, count });
    const wanted = offset + limit;
    const found: { row: Row; score: number; exact: boolean }[] = [];
    if (request.sort === 'date') {
      for (const row of page('search_full', plan.all, wanted)) found.push({ row, score: 0, exact: false });
    } else {
      const seen = new Set<string>();
      for (const tier of plan.tiers) {
        if (found.length >= wanted) break;
        // A better tier's hits come back here too: read that many more, then skip them.
        for (const row of page(tier.table, tier.match, wanted - found.length + seen.size)) {
          if (seen.has(row.id) || found.length >= wanted) continue;
          seen.add(row.id);
          found.push({ row, score: tier.score, exact: tier.exact });
        }
      }
    }
    return this.result(found.slice(offset), this.count(plan, filter), words, COUNT_CAP);
  }

  /**
   * How many match in all, up to the cap. With only the scope to filter by, the index
   * answers alone, -words included (FTS5's own NOT); other filters need each article.
   */
  private count(plan: MatchPlan, filter: Filter): number {
    const all = plan.excluded === undefined ? plan.all : `(${plan.all}) NOT (${plan.excluded})`;
    const onlyScope = Object.keys(filter.params).length === 0;
    const sql = onlyScope
      ? `SELECT 1 FROM search_full WHERE search_full MATCH @all`
      : `SELECT 1 FROM ${joined('search_full')} WHERE search_full MATCH @all AND ${filter.sql}`;
    return this.db.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM (${sql} LIMIT ${COUNT_CAP + 1})`).get({ ...filter.params, all })?.n ?? 0;
  }

  /**
   * Indexes every article again, oldest edit first so the indexes' order is the library's,
   * in one transaction: the triggers do the indexing, as for any save.
   */
  rebuild(): { articles: number; ms: number } {
    const started = this.clock.now();
    const articles = this.db
      .transaction(() => {
        for (const table of SEARCH_TABLES) this.db.prepare(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).run();
        this.db.prepare('DELETE FROM search_docs').run();
        const touch = this.db.prepare('UPDATE articles SET title = title WHERE rowid = ?');
        const rowids = this.db.prepare<[], { rowid: number }>('SELECT rowid FROM articles ORDER BY updated_at, rowid').all();
        for (const { rowid } of rowids) touch.run(rowid);
        return rowids.length;
      })
      .immediate();
    return { articles, ms: this.clock.now() - started };
  }

  private result(found: readonly { row: Row; score: number; exact: boolean }[], total: number, words: readonly string[], cap: number): SearchResult {
    return {
      hits: found.map(({ row, score, exact }) => this.hit(row, score, exact, words)),
      total: Math.min(total, cap),
      totalIsLowerBound: total > cap,
    };
  }

  private hit(row: Row, score: number, isExact: boolean, words: readonly string[]): SearchHit {
    const exact = { exact: isExact };
    const snippet =
      words.length === 0
        ? undefined
        : (makeSnippet(row.sapo, words, exact) ?? makeSnippet(docToPlainText(JSON.parse(row.body) as DocNode, { editorNotes: 'keep' }), words, exact));
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      byline: row.byline,
      category: row.category,
      updatedAt: row.updated_at,
      exact: isExact,
      score,
      titleHighlights: words.length === 0 ? [] : findWords(row.title, words, exact),
      snippet,
    };
  }
}
