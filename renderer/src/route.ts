/**
 * Views live in the URL hash so a reload (or a crash and restart) returns the
 * reporter to the article they were writing.
 */
export type Route = { view: 'library' } | { view: 'trash' } | { view: 'editor'; id: string };

export function parseRoute(hash: string): Route {
  const editor = /^#\/bai\/([0-9a-f-]{36})$/i.exec(hash);
  if (editor?.[1] !== undefined) return { view: 'editor', id: editor[1] };
  if (hash === '#/thung-rac') return { view: 'trash' };
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'editor') return `#/bai/${route.id}`;
  if (route.view === 'trash') return '#/thung-rac';
  return '#/';
}
