import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/core.ts';
import { LIBRARY_FILE } from '../main/core/createCore.ts';
import { runCaptured } from './captureIo.ts';
import { spawnBin } from './spawnBin.ts';
import { registerSearchFunctions } from '../main/core/search/sqlFunctions.ts';

/** A second connection standing in for the desktop app, opened as the app opens it. */
function openAsApp(data: string): Database.Database {
  const db = new Database(path.join(data, LIBRARY_FILE), { timeout: 5_000 });
  db.pragma('journal_mode = WAL');
  // The app's connections carry the functions the search index's triggers call.
  registerSearchFunctions(db);
  return db;
}

const count = (db: Database.Database): number =>
  db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()?.n ?? -1;

describe('running beside the desktop app', () => {
  it('creates an article while the app holds an open read transaction', async () => {
    const data = tempDir();
    expect((await runCaptured(['--data', data, 'new', '--title', 'Bài trong app'])).code).toBe(0);
    const app = openAsApp(data);
    try {
      app.exec('BEGIN');
      expect(count(app)).toBe(1); // the read that pins the app's snapshot

      const run = await runCaptured(['--data', data, '--json', 'new', '--title', 'Bài từ dòng lệnh']);
      expect(run).toMatchObject({ code: 0, stderr: '' });

      expect(count(app)).toBe(1); // WAL: the app's open transaction still sees its snapshot
      app.exec('COMMIT');
      expect(count(app)).toBe(2);
      // And the app can still write afterwards: the CLI left no lock behind.
      app.prepare("UPDATE articles SET title = 'Đã sửa' WHERE title = 'Bài trong app'").run();
    } finally {
      app.close();
    }
    const list = await runCaptured(['--data', data, '--json', 'list']);
    expect((JSON.parse(list.stdout) as { title: string }[]).map((a) => a.title).sort()).toEqual(['Bài từ dòng lệnh', 'Đã sửa']);
  });

  it('waits for an autosave that holds the write lock, then writes', { timeout: 30_000 }, async () => {
    const data = tempDir();
    expect((await runCaptured(['--data', data, 'new', '--title', 'A'])).code).toBe(0);
    const app = openAsApp(data);
    try {
      app.exec('BEGIN IMMEDIATE'); // a slow autosave: the write lock is taken
      let releasedAt = 0;
      const release = setTimeout(() => {
        app.exec('COMMIT');
        releasedAt = Date.now();
      }, 1_500);
      // A separate process: in-process, better-sqlite3's busy wait would block this timer.
      const run = await spawnBin(['--data', data, 'new', '--title', 'B']);
      clearTimeout(release);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(releasedAt).toBeGreaterThan(0);
      expect(count(app)).toBe(2);
    } finally {
      if (app.inTransaction) app.exec('ROLLBACK');
      app.close();
    }
  });
});
