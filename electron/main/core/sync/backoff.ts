/** First retry after ~2 s, doubling, never more than 10 minutes apart (a laptop on 3G comes and goes). */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 10 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random, so
 * many laptops coming back online at once do not all hit the site in the same second.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
