import type { Db, Migration } from './Db.ts';
import { DatabaseOpenError } from './DatabaseOpenError.ts';

/**
 * Applies the migrations a database lacks, each in its own transaction and recorded.
 * A database that has a migration this build does not know was written by a newer
 * app; touching it could destroy data we cannot read, so it is refused unchanged.
 */
export function migrate(db: Db, migrations: readonly Migration[], now: () => number): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT');
  const applied = new Set(
    db.prepare<[], { id: string }>('SELECT id FROM schema_migrations').all().map((row) => row.id),
  );
  const known = new Set(migrations.map((migration) => migration.id));
  const unknown = [...applied].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DatabaseOpenError('databaseTooNew', `database has migrations this version does not know: ${unknown.join(', ')}`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.id, now());
    }).immediate();
    ran.push(migration.id);
  }
  return ran;
}
