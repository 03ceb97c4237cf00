import type { Migration } from '../Db.ts';

export const articles: Migration = {
  id: '20261126T0400_articles',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL DEFAULT '',
        sapo        TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL,
        byline      TEXT NOT NULL DEFAULT '',
        category    TEXT NOT NULL DEFAULT '',
        tags        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        status      TEXT NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft','submitted','returned','approved','scheduled','published')),
        word_count  INTEGER NOT NULL DEFAULT 0,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        trashed_at  INTEGER,
        version     INTEGER NOT NULL DEFAULT 1,
        CHECK (json_valid(body))
      ) STRICT;
      CREATE INDEX articles_by_updated ON articles (trashed_at, updated_at DESC);

      CREATE TABLE revisions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('manual','auto','beforeRestore')),
        created_at  INTEGER NOT NULL,
        title       TEXT NOT NULL,
        word_count  INTEGER NOT NULL,
        fields      TEXT NOT NULL CHECK (json_valid(fields))
      ) STRICT;
      CREATE INDEX revisions_by_article ON revisions (article_id, created_at DESC);
    `);
  },
};
