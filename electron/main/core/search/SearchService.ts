import type { ArticleStatus } from '../../../../shared/domain/article.ts';
import { docToPlainText, type DocNode } from '../../../../shared/domain/articleBody.ts';
import { highlightWords, parseQuery } from '../../../../shared/search/parseQuery.ts';
import type { SearchHit, SearchRequest, SearchResult } from '../../../../shared/search/searchTypes.ts';
import { findWords, makeSnippet } from '../../../../shared/search/snippet.ts';
import type { Clock } from '../ports.ts';
import type { Db } from '../db/Db.ts';
import { buildMatch } from './buildMatch.ts';

/**
 * Column weights for bm25, in the table's column order (folded title, sapo, body, byline,
 * tags, then the same five as tone keys): a word in the title counts as ten in the body.
 */
const WEIGHTS = '10.0, 4.0, 1.0, 2.0, 3.0, 10.0, 4.0, 1.0, 2.0, 3.0';
const DEFAULT_LIMIT = 20;

interface Row {
  id: string;
  title: string;
  sapo: string;
  body: string;
  byline: string;
  category: string;
  status: ArticleStatus;
  updated_at: number;
  exact: number;
  score: number;
}

/**
 * Vietnamese-aware search over the library (issue 5). Matching is on folded words, so
 * "hoa binh" finds "hòa bình" and "dai" finds "Đại"; when the query has accents, articles
 * holding the words with those accents (tone placement aside: hoà = hòa) come first, then
 * the folded-only ones. Within each group bm25 ranks, title over sapo over body, and the
 * more recently edited article wins a tie.
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
    const match = buildMatch(query);
    const where: string[] = [request.scope === 'trash' ? 'a.trashed_at IS NOT NULL' : 'a.trashed_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (request.status !== undefined && request.status.length > 0) {
      where.push(`a.status IN (${request.status.map((_, index) => `@status${index}`).join(', ')})`);
      request.status.forEach((status, index) => (params[`status${index}`] = status));
    }
    if (request.category !== undefined && request.category.trim() !== '') {
      where.push('a.category = @category');
      params.category = request.category.trim();
    }
    if (request.tag !== undefined && request.tag.trim() !== '') {
      where.push('EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = @tag)');
      params.tag = request.tag.trim();
    }
    if (request.byline !== undefined && request.byline.trim() !== '') {
      where.push('a.byline = @byline');
      params.byline = request.byline.trim();
    }
    if (request.from !== undefined) {
      where.push('a.updated_at >= @from');
      params.from = request.from;
    }
    if (request.to !== undefined) {
      where.push('a.updated_at < @to');
      params.to = request.to;
    }
    if (match.excludeOnly !== undefined) {
      where.push('a.rowid NOT IN (SELECT rowid FROM article_search WHERE article_search MATCH @excluded)');
      params.excluded = match.excludeOnly;
    }

    let from = 'articles a';
    let select = '0 AS exact, 0.0 AS score';
    let order = 'a.updated_at DESC';
    if (match.folded !== undefined) {
      params.folded = match.folded;
      from = `(SELECT rowid, bm25(article_search, ${WEIGHTS}) AS rank FROM article_search WHERE article_search MATCH @folded) f
        JOIN articles a ON a.rowid = f.rowid`;
      select = '0 AS exact, -f.rank AS score';
      if (match.exact !== undefined) {
        params.exact = match.exact;
        from += ` LEFT JOIN (SELECT rowid, bm25(article_search, ${WEIGHTS}) AS rank FROM article_search WHERE article_search MATCH @exact) x
          ON x.rowid = f.rowid`;
        select = '(x.rowid IS NOT NULL) AS exact, -COALESCE(x.rank, f.rank) AS score';
      }
      if (request.sort !== 'date') order = 'exact DESC, score DESC, a.updated_at DESC';
    }

    const filter = where.join(' AND ');
    const total = this.db.prepare<Record<string, unknown>, { n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${filter}`).get(params)?.n ?? 0;
    const rows = this.db
      .prepare<Record<string, unknown>, Row>(
        `SELECT a.id, a.title, a.sapo, a.body, a.byline, a.category, a.status, a.updated_at, ${select}
         FROM ${from} WHERE ${filter} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: request.limit ?? DEFAULT_LIMIT, offset: request.offset ?? 0 });
    const words = highlightWords(query);
    return { total, hits: rows.map((row) => this.hit(row, words)) };
  }

  /** Empties the index and fills it again from every article, in one transaction. */
  rebuild(): { articles: number; ms: number } {
    const started = this.clock.now();
    const articles = this.db
      .transaction(() => {
        this.db.prepare("INSERT INTO article_search (article_search) VALUES ('delete-all')").run();
        // Rewriting a field to itself fires the update trigger, which indexes the row again.
        return this.db.prepare('UPDATE articles SET title = title').run().changes;
      })
      .immediate();
    return { articles, ms: this.clock.now() - started };
  }

  private hit(row: Row, words: readonly string[]): SearchHit {
    const exact = { exact: row.exact === 1 };
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
      exact: row.exact === 1,
      score: row.score,
      titleHighlights: words.length === 0 ? [] : findWords(row.title, words, exact),
      snippet,
    };
  }
}
