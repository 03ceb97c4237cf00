import type { Migration } from '../Db.ts';

/** The text each index holds, as SQL over an `articles` row (`row` is new, old or the table). */
const head = (row: string) => `${row}.title`;
const lead = (row: string) => `${row}.title || ' ' || ${row}.sapo`;
const full = (row: string) =>
  `${row}.title || ' ' || ${row}.sapo || ' ' || toasoan_body_text(${row}.body) || ' ' || ${row}.byline || ' ' || toasoan_tags_text(${row}.tags)`;
const scope = (row: string) => `CASE WHEN ${row}.trashed_at IS NULL THEN 'library' ELSE 'trash' END`;

const INDEXES = [
  ['search_heads', head],
  ['search_leads', lead],
  ['search_full', full],
] as const;

const insert = (row: string, doc: string) =>
  INDEXES.map(([table, text]) => `INSERT INTO ${table} (rowid, words, tones, scope) VALUES (${doc}, toasoan_fold(${text(row)}), toasoan_tones(${text(row)}), ${scope(row)});`).join('\n');

const remove = (row: string) => `
  ${INDEXES.map(([table]) => `DELETE FROM ${table} WHERE rowid = (SELECT doc FROM search_docs WHERE article_rowid = ${row}.rowid);`).join('\n')}
  DELETE FROM search_docs WHERE article_rowid = ${row}.rowid;`;

const add = (row: string) => `
  INSERT INTO search_docs (article_rowid) VALUES (${row}.rowid);
  ${insert(row, '(SELECT doc FROM search_docs WHERE article_rowid = ' + row + '.rowid)')}`;

/**
 * Full-text search (issue 5). Three FTS5 indexes over the same articles: the title, the
 * title with the sapo, and everything (title, sapo, body, byline, tags). Ranking is "all
 * words in the title, then in title or sapo, then anywhere", so each rank reads its own
 * small index instead of filtering one big one by column. Each holds, per article, the
 * folded words ("hoa"), the tone keys ("hoa2") made by core/search/sqlFunctions.ts, and
 * `scope` (library or trash). Contentless: snippets are cut from `articles`.
 *
 * The rowid of an index row is a `search_docs.doc`, a number that only grows: each edit
 * of an article's text (or its trashing) indexes it again under a new one, so rowid order
 * is the order of last edits. Search reads newest first and stops after a page instead of
 * ranking every match ("tỉnh" matches every article of a provincial paper).
 */
export const search: Migration = {
  id: '20261126T0800_search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        doc            INTEGER PRIMARY KEY AUTOINCREMENT,
        article_rowid  INTEGER NOT NULL UNIQUE
      ) STRICT;
      ${INDEXES.map(([table]) => `CREATE VIRTUAL TABLE ${table} USING fts5(words, tones, scope, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');`).join('\n')}
      INSERT INTO search_docs (article_rowid) SELECT rowid FROM articles ORDER BY updated_at, rowid;
      ${INDEXES.map(
        ([table, text]) =>
          `INSERT INTO ${table} (rowid, words, tones, scope) SELECT d.doc, toasoan_fold(${text('articles')}), toasoan_tones(${text('articles')}), ${scope('articles')} FROM search_docs d JOIN articles ON articles.rowid = d.article_rowid;`,
      ).join('\n')}
      CREATE TRIGGER search_index_insert AFTER INSERT ON articles BEGIN ${add('new')}
      END;
      CREATE TRIGGER search_index_update AFTER UPDATE OF title, sapo, body, byline, tags, trashed_at ON articles BEGIN ${remove('old')}${add('new')}
      END;
      CREATE TRIGGER search_index_delete AFTER DELETE ON articles BEGIN ${remove('old')}
      END;
    `);
  },
};
