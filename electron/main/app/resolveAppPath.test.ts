import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './resolveAppPath.ts';

const root = path.resolve('/opt/toasoan/resources/app.asar/out/renderer');

describe('resolveAppPath', () => {
  it('maps app://toasoan paths to files under the root', () => {
    expect(resolveAppPath(root, 'app://toasoan/index.html')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://toasoan/assets/index-78w2rg53.js?v=1#x')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-78w2rg53.js'),
    });
  });

  it('serves index.html for the bare origin and for folders', () => {
    expect(resolveAppPath(root, 'app://toasoan')).toEqual({ ok: true, file: path.join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://toasoan/assets/')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index.html'),
    });
  });

  it('decodes percent-encoded names, Vietnamese included', () => {
    expect(resolveAppPath(root, 'app://toasoan/fonts/Ti%E1%BA%BFng%20Vi%E1%BB%87t.woff2')).toEqual({
      ok: true,
      file: path.join(root, 'fonts', 'Tiếng Việt.woff2'),
    });
  });

  it('never leaves the root, however the traversal is spelled', () => {
    for (const url of [
      'app://toasoan/../../../../etc/passwd',
      'app://toasoan/%2e%2e/%2e%2e/etc/passwd',
      'app://toasoan/..%2f..%2f..%2fetc%2fpasswd',
      'app://toasoan/assets/..%2F..%2F..%2Fmain%2Findex.js',
      'app://toasoan/..%5c..%5cwindows%5cwin.ini',
      'app://toasoan/%2fetc%2fpasswd',
      'app://toasoan/..',
    ]) {
      const result = resolveAppPath(root, url);
      if (result.ok) {
        expect(result.file.startsWith(root + path.sep), `${url} → ${result.file}`).toBe(true);
      } else {
        expect(result.status, url).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it('answers 404 for other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://other/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'app://toasoan:1234/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'file:///etc/passwd')).toEqual({ ok: false, status: 404 });
  });

  it('answers 400 for malformed requests', () => {
    expect(resolveAppPath(root, 'app://toasoan/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'app://toasoan/index.html%00.png')).toEqual({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'not a url')).toEqual({ ok: false, status: 400 });
  });
});
