import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/core.ts';
import type { Migration } from './Db.ts';
import { DatabaseOpenError } from './DatabaseOpenError.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { APPLICATION_ID, openDatabase } from './openDatabase.ts';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DatabaseOpenError ? error.reason : `unexpected ${String(error)}`;
  }
  return undefined;
}

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys and records every migration', () => {
    const file = path.join(tempDir(), 'nested', 'lib.sqlite');
    const db = openDatabase(file, { now: () => 42 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const applied = db.prepare('SELECT id, applied_at FROM schema_migrations ORDER BY id').all();
    expect(applied).toEqual(MIGRATIONS.map((migration) => ({ id: migration.id, applied_at: 42 })));
    db.close();
    // Re-opening applies nothing twice.
    const again = openDatabase(file, { now: () => 99 });
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
    again.close();
  });

  it('rolls back a failing migration and leaves it unrecorded', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    const broken: Migration = {
      id: '99990101T0000_broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(reasonOf(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] }))).toBe('databaseUnavailable');
    const raw = new Database(file);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(raw.prepare('SELECT count(*) AS n FROM schema_migrations WHERE id = ?').get(broken.id)).toEqual({ n: 0 });
    raw.close();
  });

  it('refuses a database written by a newer version and does not change it', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)').run('29990101T0000_future', 1);
    raw.close();
    const before = fs.readFileSync(file);
    expect(reasonOf(() => openDatabase(file))).toBe('databaseTooNew');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database without writing to it', () => {
    const file = path.join(tempDir(), 'lib.sqlite');
    const garbage = Buffer.from('Đây không phải cơ sở dữ liệu SQLite. '.repeat(200));
    fs.writeFileSync(file, garbage);
    expect(reasonOf(() => openDatabase(file))).toBe('databaseCorrupt');
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  it("refuses another application's SQLite database", () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    expect(reasonOf(() => openDatabase(file))).toBe('databaseCorrupt');
  });
});
