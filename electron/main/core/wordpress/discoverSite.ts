import { SiteError, networkFailure } from './SiteError.ts';
import { httpFailure } from './WordPressClient.ts';
import type { SiteDiscovery } from './types.ts';

interface RestIndex {
  name?: unknown;
  timezone_string?: unknown;
  gmt_offset?: unknown;
  namespaces?: unknown;
}

function isRestIndex(body: unknown): body is RestIndex & { namespaces: string[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as RestIndex).namespaces) &&
    ((body as RestIndex).namespaces as unknown[]).includes('wp/v2')
  );
}

async function fetchText(fetchImpl: typeof fetch, url: string, timeoutMs: number): Promise<{ status: number; location: string | null; text: string }> {
  try {
    const response = await fetchImpl(url, { redirect: 'manual', headers: { Accept: 'application/json, text/html' }, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  } catch (error) {
    throw networkFailure(error, url);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Finds a site's REST root and reads its index. Tries `/wp-json/` (pretty
 * permalinks), then `/?rest_route=/` (always available unless REST is disabled),
 * and tells apart: a redirect to another scheme or host (the user typed the
 * wrong URL), a WordPress with REST turned off, and something that is not WordPress.
 */
export async function discoverSite(siteUrl: string, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<SiteDiscovery> {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const candidates = [`${siteUrl}/wp-json/`, `${siteUrl}/?rest_route=/`];
  let sawWordPressError = false;
  for (const candidate of candidates) {
    const response = await fetchText(fetchImpl, candidate, timeoutMs);
    if (response.status >= 300 && response.status < 400) {
      const target = response.location === null ? undefined : new URL(response.location, candidate);
      const origin = new URL(candidate);
      if (target !== undefined && (target.protocol !== origin.protocol || target.host !== origin.host)) {
        throw new SiteError('schemeRedirect', `${candidate} redirects to ${target.origin}`, { status: response.status, detail: target.origin });
      }
      continue;
    }
    if (response.status >= 500) throw httpFailure(response.status, null, candidate);
    const body = parseJson(response.text);
    if (response.status === 200 && isRestIndex(body)) {
      return {
        restRoot: candidate,
        name: typeof body.name === 'string' ? body.name : '',
        timezone: typeof body.timezone_string === 'string' ? body.timezone_string : '',
        gmtOffset: Number(body.gmt_offset ?? 0) || 0,
        namespaces: body.namespaces,
        hasPlugin: body.namespaces.includes('toasoan/v1'),
      };
    }
    // Plugins that switch REST off answer with a WordPress-shaped error (rest_disabled, rest_cannot_access…).
    if (typeof body === 'object' && body !== null && typeof (body as { code?: unknown }).code === 'string') sawWordPressError = true;
  }
  if (sawWordPressError) throw new SiteError('restDisabled', `${siteUrl}: REST API disabled`);
  const home = await fetchText(fetchImpl, `${siteUrl}/`, timeoutMs);
  if (/wp-content|wp-includes|wp-json/i.test(home.text)) throw new SiteError('restDisabled', `${siteUrl}: WordPress without REST`);
  throw new SiteError('notWordPress', `${siteUrl}: not a WordPress site`);
}
