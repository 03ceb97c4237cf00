import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { createCore, type Core } from '../../electron/main/core/createCore.ts';
import { JsonFileSettingsStore } from '../../electron/main/core/settings/JsonFileSettingsStore.ts';
import { CSP_DIRECTIVES } from '../../electron/main/app/csp.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_RENDERER_DIR = path.join(ROOT, 'out/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** 8 MiB: above the largest article body the contract accepts, far below what would hurt. */
const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

export interface HarnessOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  log?: (line: string) => void;
}

export interface Harness {
  url: string;
  origin: string;
  token: string;
  core: Core;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** The app's own policy (electron/main/app/csp.ts), plus the socket this page talks to. */
function contentSecurityPolicy(origin: string): string {
  const directives = { ...CSP_DIRECTIVES, 'connect-src': [...(CSP_DIRECTIVES['connect-src'] ?? []), origin.replace(/^http/, 'ws')] };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'tests/harness/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('bridge bundle is empty');
  return file.text;
}

/**
 * Serves the built renderer and the core's handler map over a WebSocket, on
 * 127.0.0.1 only, behind a random per-run token: the browser harness for dev and e2e.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error(`no built renderer at ${rendererDir}: run "npm run build" first`);
  const log = options.log ?? (() => undefined);
  // The harness is a development and test tool: secrets are sealed by the named insecure test cipher.
  let origin = '';
  const core = createCore({
    dataDir: options.dataDir,
    settings: new JsonFileSettingsStore(options.dataDir),
    cipher: new InsecureTestCipher(),
    syncAfterSubmit: true,
    // WordPress accepts an http success_url only from a site in the 'local' environment: fine for tests and dev.
    authorizeCallbackUrl: () => `${origin}/auth/callback`,
    integrityCheck: true,
    dailyBackups: { onError: (error) => log(`daily backup failed: ${error instanceof Error ? error.message : String(error)}`) },
  });
  const token = crypto.randomBytes(24).toString('base64url');
  const bridge = await bundleBridge();
  const cookie = `toasoan_harness=${token}`;

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': contentSecurityPolicy(origin),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        ...extra,
      });
      response.end(body);
    };
    const hasCookie = (request.headers.cookie ?? '').split(/;\s*/).some((part) => sameToken(part, cookie));
    if (request.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
    if (url.pathname === '/__harness/bridge.js') return send(200, MIME['.js'] ?? '', bridge);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!sameToken(url.searchParams.get('token') ?? '', token)) return send(403, 'text/plain', 'token required');
      const html = fs
        .readFileSync(indexFile, 'utf8')
        .replace('<head>', '<head>\n    <script src="/__harness/bridge.js"></script>');
      // Photos are fetched by <img>, which cannot carry the token: a same-site cookie can.
      return send(200, MIME['.html'] ?? '', html, { 'Set-Cookie': `${cookie}; HttpOnly; SameSite=Strict; Path=/` });
    }
    const media = /^\/media\/([0-9a-f]{64})$/.exec(url.pathname)?.[1];
    if (media !== undefined) {
      const info = hasCookie ? core.media.get(media) : undefined;
      if (info === undefined) return send(hasCookie ? 404 : 403, 'text/plain', 'not found');
      return send(200, info.mime, fs.readFileSync(core.media.pathOf(media)));
    }
    if (url.pathname === '/auth/callback') {
      core.sites.completeAuthorize(url.searchParams).then(
        (site) => send(200, MIME['.html'] ?? '', `<!doctype html><meta charset="utf-8"><p>Đã kết nối ${escapeHtml(site.name || site.url)}. Hãy quay lại Tòa soạn.</p>`),
        (error: unknown) => send(400, 'text/plain; charset=utf-8', `${error instanceof Error ? error.message : 'error'}`),
      );
      return;
    }
    const file = path.resolve(rendererDir, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(404, 'text/plain', 'not found');
    }
    return send(200, MIME[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin);
    const allowed =
      url.pathname === '/rpc' && request.headers.origin === origin && sameToken(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serve(ws));
  });

  const serve = (ws: WebSocket) => {
    ws.on('message', async (data, isBinary) => {
      let message: { id?: unknown; channel?: unknown; payload?: unknown };
      try {
        if (isBinary) throw new Error('binary');
        message = JSON.parse(data.toString('utf8')) as typeof message;
      } catch {
        ws.close(1003, 'malformed message');
        return;
      }
      const envelope = await dispatch(core.handlers, message.channel, message.payload, {
        onUnexpectedError: (channel, error) => log(`error in ${channel}: ${error instanceof Error ? error.stack : String(error)}`),
      });
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: message.id, envelope }));
    });
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('harness has no TCP address');
  origin = `http://127.0.0.1:${address.port}`;
  core.sync.start();

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    core,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      core.close();
    },
  };
}
