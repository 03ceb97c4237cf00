import type { Migration } from '../Db.ts';

/**
 * Version history (issue 5): revisions gain a name (a "named version" the reporter kept
 * on purpose) and the kind `synced` (the text as it reached the site). SQLite cannot
 * alter a CHECK, so the table is rebuilt, ids kept.
 */
export const history: Migration = {
  id: '20261126T0900_history',
  up(db) {
    db.exec(`
      CREATE TABLE revisions_next (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('manual','auto','beforeRestore','submitted','synced','pulled','conflictLocal','conflictRemote')),
        created_at  INTEGER NOT NULL,
        title       TEXT NOT NULL,
        word_count  INTEGER NOT NULL,
        fields      TEXT NOT NULL CHECK (json_valid(fields)),
        label       TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO revisions_next (id, article_id, kind, created_at, title, word_count, fields)
        SELECT id, article_id, kind, created_at, title, word_count, fields FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_next RENAME TO revisions;
      CREATE INDEX revisions_by_article ON revisions (article_id, created_at DESC);
      CREATE INDEX revisions_by_kind ON revisions (kind, created_at);
      CREATE INDEX articles_by_trashed ON articles (trashed_at) WHERE trashed_at IS NOT NULL;
    `);
  },
};
