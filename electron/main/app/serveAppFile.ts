import fs from 'node:fs/promises';
import { APP_ORIGIN } from '../appUrl.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { mimeTypeFor } from './mimeTypes.ts';
import { resolveAppPath } from './resolveAppPath.ts';

/** What the app:// handler reads from Electron's request (a fetch Request plus `initiatorOrigin`). */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
  /** Set by Electron 45 for requests web content made; absent for the browser's own (the window's loadURL). */
  readonly initiatorOrigin?: string | undefined;
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/** A photo in the local library by its SHA-256, for `app://toasoan/media/<hash>`. */
export type MediaLookup = (hash: string) => { file: string; mime: string } | undefined;

const MEDIA_PATH = /^\/media\/([0-9a-f]{64})$/;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The build changes only with the app; a stale cached script after an update would be worse than a re-read.
  'Cache-Control': 'no-cache',
};

function refusal(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * Serves one app:// request from the built renderer in `root`. Electron's
 * `fs` reads inside app.asar transparently, so the same code serves a
 * development build and an installed app.
 */
export async function serveAppFile(
  request: AppRequest,
  root: string,
  readFile: ReadFile = (file) => fs.readFile(file),
  media?: MediaLookup,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  // Only our own page (or the browser itself) may load app files: a page on another
  // origin, or an opaque "null" one such as a sandboxed frame, gets nothing.
  if (request.initiatorOrigin !== undefined && request.initiatorOrigin !== APP_ORIGIN) return refusal(403);
  const mediaHash = MEDIA_PATH.exec(new URL(request.url).pathname)?.[1];
  if (mediaHash !== undefined) {
    const found = media?.(mediaHash);
    if (found === undefined) return refusal(404);
    try {
      const bytes = await readFile(found.file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
        status: 200,
        // Content-addressed: the bytes behind a hash never change.
        headers: { ...SECURITY_HEADERS, 'Content-Type': found.mime, 'Cache-Control': 'private, max-age=31536000, immutable' },
      });
    } catch {
      return refusal(404);
    }
  }
  const resolved = resolveAppPath(root, request.url);
  if (!resolved.ok) return refusal(resolved.status);
  let body: Uint8Array;
  try {
    body = await readFile(resolved.file);
  } catch {
    // Missing, a directory, or unreadable: all look the same from the page.
    return refusal(404);
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(resolved.file) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
