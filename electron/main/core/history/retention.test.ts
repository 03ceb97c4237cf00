import { describe, expect, it } from 'vitest';
import { revisionsToThin, type AgedRevision } from './retention.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2020, 6, 15, 12);

function autos(from: number, to: number, every: number, start = 1): AgedRevision[] {
  const list: AgedRevision[] = [];
  for (let at = from, id = start; at < to; at += every, id++) list.push({ id, kind: 'auto', createdAt: NOW - at });
  return list;
}

describe('revisionsToThin', () => {
  it('keeps every snapshot of the last day', () => {
    expect(revisionsToThin(autos(0, DAY - 1, 5 * 60_000), NOW)).toEqual([]);
  });

  it('keeps one an hour up to a week, one a day up to 90 days, one a week after', () => {
    const week = autos(DAY, 7 * DAY, 5 * 60_000);
    const kept = (list: AgedRevision[]) => list.length - revisionsToThin(list, NOW).length;
    expect(kept(week)).toBeGreaterThanOrEqual(6 * 24);
    expect(kept(week)).toBeLessThanOrEqual(6 * 24 + 1);
    const quarter = autos(7 * DAY, 90 * DAY, HOUR, 10_000);
    expect(kept(quarter)).toBeGreaterThanOrEqual(83);
    expect(kept(quarter)).toBeLessThanOrEqual(85);
    const old = autos(90 * DAY, 370 * DAY, DAY, 20_000);
    expect(kept(old)).toBeGreaterThanOrEqual(40);
    expect(kept(old)).toBeLessThanOrEqual(42);
  });

  it('never drops a named, submitted, synced, pulled, restore or conflict version, nor the newest snapshot', () => {
    const kinds = ['manual', 'beforeRestore', 'submitted', 'synced', 'pulled', 'conflictLocal', 'conflictRemote'] as const;
    const others: AgedRevision[] = kinds.map((kind, index) => ({ id: 100 + index, kind, createdAt: NOW - 400 * DAY + index }));
    const lonely: AgedRevision = { id: 1, kind: 'auto', createdAt: NOW - 500 * DAY };
    expect(revisionsToThin([...others, lonely, { id: 2, kind: 'auto', createdAt: NOW - 500 * DAY - 1 }], NOW)).toEqual([2]);
  });
});
