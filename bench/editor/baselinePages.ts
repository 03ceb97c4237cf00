import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The app's body column as styles.css sets it, so lines wrap and lay out alike in every page. */
const STYLE = `
  body { margin: 0; background: #f6f5f2; }
  .sheet { max-width: 760px; margin: 24px auto; padding: 24px 40px; background: #fff; font: 17px/1.7 Georgia, 'Noto Serif', serif; }
  #editable { outline: none; white-space: pre-wrap; word-wrap: break-word; }
  #editable p { margin: 0 0 0.9em; }
  #editable h2 { font: 700 22px/1.3 Georgia, serif; margin: 1.1em 0 0.5em; }
  #editable h3 { font: 700 19px/1.35 Georgia, serif; margin: 1em 0 0.4em; }
  #editable ul { margin: 0 0 0.9em; padding-left: 1.6em; }
  #editable figure { margin: 1em 0; } #editable img { max-width: 100%; height: auto; }
`;

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>baseline</title><style>${STYLE}</style></head><body>${body}</body></html>`;

export interface BaselinePages {
  /** Bare TipTap 3 (StarterKit) on the article; its editable root is `#editable`. */
  bareTiptapUrl: string;
  /** The same, in a page with one empty `input` listener on the document (what a React root adds). */
  bareTiptapListenerUrl: string;
  /** A plain `contenteditable` div holding the article: the browser's own floor. */
  plainUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the two baselines on loopback. `articleHtml` is the article as semantic HTML
 * (the publish renderer's output without WordPress's block comments); `images` serves
 * the figures' photos so the plain page lays them out as the app does.
 */
export async function serveBaselines(articleHtml: string, images: (name: string) => Buffer | undefined): Promise<BaselinePages> {
  const bundle = await build({
    entryPoints: [path.join(HERE, 'pages', 'bareTiptap.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const routes = new Map<string, { type: string; body: string | Buffer }>([
    ['/bare-tiptap', { type: 'text/html', body: page(`<div class="sheet"><div id="editor"></div></div><template id="article">${articleHtml}</template><script src="/bare-tiptap.js"></script>`) }],
    ['/bare-tiptap.js', { type: 'text/javascript', body: script }],
    ['/plain', { type: 'text/html', body: page(`<div class="sheet"><div id="editable" contenteditable="true" spellcheck="true" lang="vi">${articleHtml}</div></div>`) }],
  ]);
  const server = http.createServer((request, response) => {
    const url = (request.url ?? '/').replace(/\?.*$/, '');
    const image = url.startsWith('/media/') ? images(url.slice('/media/'.length)) : undefined;
    const route = image === undefined ? routes.get(url) : { type: 'image/jpeg', body: image };
    if (route === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': `${route.type}; charset=utf-8` }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    bareTiptapUrl: `${base}/bare-tiptap`,
    bareTiptapListenerUrl: `${base}/bare-tiptap?listener`,
    plainUrl: `${base}/plain`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
