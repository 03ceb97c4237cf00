/**
 * Builds a REST URL under the site's discovered root. Sites with pretty permalinks
 * answer at `/wp-json/`; others only at `/?rest_route=`, which takes the route as a
 * query parameter, so the two cannot be joined the same way.
 */
export function restUrl(restRoot: string, route: string, params: Record<string, string | number | boolean | undefined> = {}): string {
  const cleanRoute = route.startsWith('/') ? route : `/${route}`;
  const root = new URL(restRoot);
  let url: URL;
  if (root.searchParams.has('rest_route')) {
    url = new URL(root.toString());
    url.searchParams.set('rest_route', cleanRoute);
  } else {
    url = new URL(cleanRoute.slice(1), root.toString().endsWith('/') ? root : new URL(`${root.toString()}/`));
  }
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** The site URL as typed by a person: scheme added (https unless loopback), trailing slash and fragments dropped. */
export function normaliseSiteUrl(input: string): string {
  let text = input.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(text);
    text = `${loopback ? 'http' : 'https'}://${text}`;
  }
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('not an http(s) URL');
  url.hash = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}
