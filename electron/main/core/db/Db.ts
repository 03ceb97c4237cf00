import type BetterSqlite3 from 'better-sqlite3';

/** The database handle services take. better-sqlite3 is synchronous: one transaction never interleaves with another call. */
export type Db = BetterSqlite3.Database;

export interface Migration {
  /** Timestamp-prefixed, sortable, never renamed once shipped. */
  id: string;
  up(db: Db): void;
}
