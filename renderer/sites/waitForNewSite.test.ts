import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteSummary } from '../../shared/domain/site.ts';
import { snapshotOf, waitForNewSite } from './waitForNewSite.ts';

const site = (id: string, refreshedAt: number | null = 1): SiteSummary => ({
  id, url: `https://${id}.vn`, name: id, username: 'pv', displayName: 'PV', roles: ['author'], role: 'reporter',
  timezone: 'Asia/Ho_Chi_Minh', hasPlugin: false, canUpload: true, active: true, refreshedAt,
});

describe('waitForNewSite', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls every 2 s until a site that was not there appears', async () => {
    const answers = [[site('a')], [site('a')], [site('a'), site('b')]];
    const list = vi.fn(async () => answers.shift() ?? []);
    const found = waitForNewSite(list, snapshotOf([site('a')]));
    await vi.advanceTimersByTimeAsync(4_000);
    expect(list).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await found)?.id).toBe('b');
  });

  it('notices a reconnect of the same account by its new verification time', async () => {
    const found = waitForNewSite(async () => [site('a', 5)], snapshotOf([site('a', 1)]));
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await found)?.refreshedAt).toBe(5);
  });

  it('gives up after 10 minutes, and at once when aborted', async () => {
    const list = vi.fn(async () => [site('a')]);
    const timedOut = waitForNewSite(list, snapshotOf([site('a')]));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(await timedOut).toBeUndefined();
    expect(list).toHaveBeenCalledTimes(300);

    const controller = new AbortController();
    const aborted = waitForNewSite(list, snapshotOf([site('a')]), { signal: controller.signal });
    controller.abort();
    expect(await aborted).toBeUndefined();
  });

  it('keeps polling through a failed read', async () => {
    let calls = 0;
    const found = waitForNewSite(async () => {
      calls += 1;
      if (calls === 1) throw new Error('busy');
      return [site('b')];
    }, new Map());
    await vi.advanceTimersByTimeAsync(4_000);
    expect((await found)?.id).toBe('b');
  });
});
