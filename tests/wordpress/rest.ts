import type { WordPressRole, WordPressSite, WordPressUser } from './startWordPress.ts';

export interface RestResponse<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: T;
}

export interface RestRequest {
  /** Whose application password to send; anonymous when omitted. */
  as?: WordPressRole | WordPressUser;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/**
 * One REST call with Node's fetch, as the app makes them: Basic auth with an
 * application password, JSON in and out. `route` is relative to the REST base,
 * e.g. `/wp/v2/posts?context=edit`.
 */
export async function rest<T = Record<string, unknown>>(
  site: WordPressSite,
  method: string,
  route: string,
  request: RestRequest = {},
): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { ...request.headers };
  const user = typeof request.as === 'string' ? site.users[request.as] : request.as;
  if (user !== undefined) headers.authorization = user.authHeader;
  let body: string | FormData | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form !== undefined) {
    body = request.form;
  }
  const response = await fetch(`${site.restBase}${route}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (a PHP fatal's HTML, an empty body): hand back the text for the assertion message.
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}
