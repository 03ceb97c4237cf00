/**
 * Views live in the URL hash so a reload (or a crash and restart) returns the
 * reporter to the article they were writing.
 */
export type Route =
  | { view: 'library' }
  | { view: 'trash' }
  | { view: 'editor'; id: string }
  | { view: 'sites' }
  | { view: 'syncLog' }
  | { view: 'settings' };

type SimpleView = Exclude<Route['view'], 'editor'>;

/** Vietnamese slugs: the hash shows in the harness's address bar and in bug reports from the desk. */
const HASHES: Record<SimpleView, string> = {
  library: '#/',
  trash: '#/thung-rac',
  sites: '#/trang',
  syncLog: '#/nhat-ky',
  settings: '#/cai-dat',
};

export function parseRoute(hash: string): Route {
  const editor = /^#\/bai\/([0-9a-f-]{36})$/i.exec(hash);
  if (editor?.[1] !== undefined) return { view: 'editor', id: editor[1] };
  for (const [view, known] of Object.entries(HASHES)) {
    if (hash === known && view !== 'library') return { view: view as SimpleView };
  }
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'editor') return `#/bai/${route.id}`;
  return HASHES[route.view];
}
