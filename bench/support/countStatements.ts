import type { Db } from '../../electron/main/core/db/Db.ts';

export interface StatementCounts {
  reads: number;
  writes: number;
  /** Executions per statement text (whitespace collapsed). */
  bySql: Map<string, number>;
}

/**
 * Counts SQL statements executed on `db` from now on (reads: SELECT/WITH; writes:
 * the rest), by wrapping `prepare`. Statements prepared earlier are not seen; the
 * core prepares on every call, so a pass is seen whole. Transactions' own
 * BEGIN/COMMIT do not go through `prepare` and are not counted.
 */
export function countStatements(db: Db): StatementCounts {
  const counts: StatementCounts = { reads: 0, writes: 0, bySql: new Map() };
  const prepare = db.prepare.bind(db);
  const counting = (source: string) => {
    const statement = prepare(source);
    const sql = source.replace(/\s+/g, ' ').trim();
    const key = /^(SELECT|WITH)\b/i.test(sql) ? 'reads' : 'writes';
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = statement[method];
      // Reflect.apply: the methods are overloaded on their bind parameters, which a rest spread cannot name.
      const wrapped = function (this: unknown, ...args: unknown[]) {
        counts[key] += 1;
        counts.bySql.set(sql, (counts.bySql.get(sql) ?? 0) + 1);
        return Reflect.apply(original, statement, args) as unknown;
      };
      Object.defineProperty(statement, method, { value: wrapped, configurable: true });
    }
    return statement;
  };
  Object.defineProperty(db, 'prepare', { value: counting, configurable: true, writable: true });
  return counts;
}

/** The most executed statements, most first, each cut to `width` characters. */
export function topStatements(counts: StatementCounts, limit: number, width = 70): { sql: string; count: number }[] {
  return [...counts.bySql]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([sql, count]) => ({ sql: sql.length > width ? `${sql.slice(0, width - 1)}…` : sql, count }));
}
