import type { Migration } from '../Db.ts';
import { BUILT_IN_TEMPLATES } from '../../templates/builtInTemplates.ts';

/**
 * Article fields of the newsroom editor (issue 4): the dateline place and the chosen
 * featured photo, added with defaults so every existing article keeps its text and
 * reads as "no place, first photo". And templates as data, seeded with the five the
 * desk uses. created_at/updated_at 0 mark a template as shipped and never edited.
 */
export const templates: Migration = {
  id: '20261126T0545_templates',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN dateline TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN featured_media TEXT
        CHECK (featured_media IS NULL OR (length(featured_media) = 64 AND featured_media NOT GLOB '*[^0-9a-f]*'));

      CREATE TABLE templates (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        description  TEXT NOT NULL DEFAULT '',
        fields       TEXT NOT NULL CHECK (json_valid(fields)),
        position     INTEGER NOT NULL,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX templates_by_position ON templates (position, name);
    `);
    const insert = db.prepare('INSERT INTO templates (id, name, description, fields, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)');
    BUILT_IN_TEMPLATES.forEach((template, index) => {
      insert.run(template.id, template.name, template.description, JSON.stringify(template.fields), index + 1);
    });
  },
};
