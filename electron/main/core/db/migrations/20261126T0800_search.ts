import type { Migration } from '../Db.ts';

const FIELDS = ['title', 'sapo', 'body', 'byline', 'tags'] as const;

/** The text of one field as the index reads it from an `articles` row (`row` is new or old). */
function fieldText(field: (typeof FIELDS)[number], row: string): string {
  if (field === 'body') return `toasoan_body_text(${row}.body)`;
  if (field === 'tags') return `toasoan_tags_text(${row}.tags)`;
  return `${row}.${field}`;
}

const COLUMNS = [...FIELDS, ...FIELDS.map((field) => `${field}_t`)].join(', ');
const values = (row: string) =>
  [...FIELDS.map((field) => `toasoan_fold(${fieldText(field, row)})`), ...FIELDS.map((field) => `toasoan_tones(${fieldText(field, row)})`)].join(', ');

/**
 * Full-text search over title, sapo, body, byline and tags (issue 5). One FTS5 table,
 * contentless (the text is in `articles`; snippets are cut from there), two columns per
 * field: folded words ("hoa") and tone keys ("hoa2"), both made by the SQL functions in
 * core/search/sqlFunctions.ts. Kept current by triggers; `rowid` is the article's rowid.
 */
export const search: Migration = {
  id: '20261126T0800_search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search USING fts5(
        ${COLUMNS},
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
      );
      INSERT INTO article_search (rowid, ${COLUMNS}) SELECT rowid, ${values('articles')} FROM articles;
      CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search (rowid, ${COLUMNS}) VALUES (new.rowid, ${values('new')});
      END;
      CREATE TRIGGER article_search_update AFTER UPDATE OF ${FIELDS.join(', ')} ON articles BEGIN
        DELETE FROM article_search WHERE rowid = old.rowid;
        INSERT INTO article_search (rowid, ${COLUMNS}) VALUES (new.rowid, ${values('new')});
      END;
      CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
        DELETE FROM article_search WHERE rowid = old.rowid;
      END;
    `);
  },
};
