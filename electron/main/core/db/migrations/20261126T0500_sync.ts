import type { Migration } from '../Db.ts';

/**
 * Publishing sync: connected sites and their cached terms, the link between an
 * article and its post (with the merge base), the outbox, local media, and a log.
 * Revisions gain the kinds sync needs; SQLite cannot alter a CHECK, so the table is rebuilt.
 */
export const sync: Migration = {
  id: '20261126T0500_sync',
  up(db) {
    db.exec(`
      CREATE TABLE revisions_next (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('manual','auto','beforeRestore','submitted','pulled','conflictLocal','conflictRemote')),
        created_at  INTEGER NOT NULL,
        title       TEXT NOT NULL,
        word_count  INTEGER NOT NULL,
        fields      TEXT NOT NULL CHECK (json_valid(fields))
      ) STRICT;
      INSERT INTO revisions_next SELECT * FROM revisions;
      DROP TABLE revisions;
      ALTER TABLE revisions_next RENAME TO revisions;
      CREATE INDEX revisions_by_article ON revisions (article_id, created_at DESC);

      CREATE TABLE sites (
        id            TEXT PRIMARY KEY,
        url           TEXT NOT NULL,
        rest_root     TEXT NOT NULL,
        name          TEXT NOT NULL DEFAULT '',
        username      TEXT NOT NULL,
        user_id       INTEGER NOT NULL,
        display_name  TEXT NOT NULL DEFAULT '',
        roles         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
        role          TEXT NOT NULL CHECK (role IN ('reporter','editor')),
        timezone      TEXT NOT NULL DEFAULT '',
        has_plugin    INTEGER NOT NULL DEFAULT 0,
        can_upload    INTEGER NOT NULL DEFAULT 0,
        active        INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL,
        pulled_until  TEXT,
        refreshed_at  INTEGER,
        UNIQUE (url, username)
      ) STRICT;

      CREATE TABLE site_terms (
        site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        taxonomy   TEXT NOT NULL CHECK (taxonomy IN ('category','post_tag')),
        remote_id  INTEGER NOT NULL,
        name       TEXT NOT NULL,
        slug       TEXT NOT NULL DEFAULT '',
        parent     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site_id, taxonomy, remote_id)
      ) STRICT;
      CREATE INDEX site_terms_by_name ON site_terms (site_id, taxonomy, name);

      CREATE TABLE site_authors (
        site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        remote_id  INTEGER NOT NULL,
        name       TEXT NOT NULL,
        PRIMARY KEY (site_id, remote_id)
      ) STRICT;

      CREATE TABLE article_remote (
        article_id      TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        site_id         TEXT NOT NULL REFERENCES sites (id),
        client_id       TEXT NOT NULL UNIQUE,
        remote_id       INTEGER,
        remote_status   TEXT,
        base_rev        INTEGER,
        base_modified   TEXT,
        base_fields     TEXT CHECK (base_fields IS NULL OR json_valid(base_fields)),
        sent_fields     TEXT CHECK (sent_fields IS NULL OR json_valid(sent_fields)),
        synced_version  INTEGER NOT NULL DEFAULT 0,
        state           TEXT NOT NULL CHECK (state IN ('queued','syncing','synced','conflict','error')),
        last_error      TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        conflict        TEXT CHECK (conflict IS NULL OR json_valid(conflict)),
        editorial_note  TEXT NOT NULL DEFAULT '',
        link            TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE UNIQUE INDEX article_remote_by_post ON article_remote (site_id, remote_id) WHERE remote_id IS NOT NULL;

      CREATE TABLE outbox (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        site_id          TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        article_id       TEXT REFERENCES articles (id) ON DELETE CASCADE,
        kind             TEXT NOT NULL CHECK (kind IN ('pushArticle','uploadMedia','createTag')),
        idempotency_key  TEXT NOT NULL UNIQUE,
        payload          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  INTEGER NOT NULL,
        last_error       TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        created_at       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (site_id, next_attempt_at);

      CREATE TABLE media (
        hash        TEXT PRIMARY KEY,
        mime        TEXT NOT NULL,
        bytes       INTEGER NOT NULL,
        width       INTEGER,
        height      INTEGER,
        file_name   TEXT NOT NULL,
        created_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE media_remote (
        hash       TEXT NOT NULL REFERENCES media (hash),
        site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        remote_id  INTEGER NOT NULL,
        url        TEXT NOT NULL,
        PRIMARY KEY (hash, site_id)
      ) STRICT;

      -- Secrets sealed by the Vault's cipher (Electron safeStorage in the app); never plaintext.
      CREATE TABLE secrets (
        key         TEXT PRIMARY KEY,
        sealed      BLOB NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      -- One sync pass per site at a time across processes (the app's timer and \`toasoan sync\`).
      CREATE TABLE sync_lease (
        site_id     TEXT PRIMARY KEY,
        holder      TEXT NOT NULL,
        expires_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sync_log (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        at          INTEGER NOT NULL,
        site_id     TEXT,
        article_id  TEXT,
        level       TEXT NOT NULL CHECK (level IN ('info','error')),
        event       TEXT NOT NULL,
        detail      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX sync_log_recent ON sync_log (at DESC);
    `);
  },
};
