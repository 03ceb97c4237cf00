import type { SiteSummary } from '../../shared/domain/site.ts';

/** WordPress's authorize page gives the reporter time to log in first; 10 minutes covers a slow 3G login. */
export const AUTHORIZE_WAIT_MS = 10 * 60_000;
export const AUTHORIZE_POLL_MS = 2_000;

export interface WaitOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Which sites exist now, and when each was last verified: a reconnect keeps the id but refreshes it. */
export function snapshotOf(sites: readonly SiteSummary[]): Map<string, number | null> {
  return new Map(sites.map((site) => [site.id, site.refreshedAt]));
}

/**
 * Polls the site list until a site appears that was not in `before` (or an existing
 * one is verified again: re-authorizing the same account keeps its id). Resolves
 * undefined on timeout or abort. A failed poll is ignored: the core may be busy.
 */
export async function waitForNewSite(
  list: () => Promise<SiteSummary[]>,
  before: Map<string, number | null>,
  options: WaitOptions = {},
): Promise<SiteSummary | undefined> {
  const intervalMs = options.intervalMs ?? AUTHORIZE_POLL_MS;
  const deadline = Date.now() + (options.timeoutMs ?? AUTHORIZE_WAIT_MS);
  const aborted = () => options.signal?.aborted === true;
  while (!aborted() && Date.now() < deadline) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      options.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    });
    if (aborted()) return undefined;
    const sites = await list().catch(() => undefined);
    const found = sites?.find((site) => !before.has(site.id) || before.get(site.id) !== site.refreshedAt);
    if (found !== undefined) return found;
  }
  return undefined;
}
