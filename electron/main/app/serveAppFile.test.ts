import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/core.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { serveAppFile } from './serveAppFile.ts';

function builtRenderer(): string {
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Tòa soạn</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index.css'), 'body{}');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside the root');
  return root;
}

const get = (url: string, initiatorOrigin?: string) => ({ url, method: 'GET', initiatorOrigin });

describe('serveAppFile', () => {
  it('serves files with their MIME type and the CSP', async () => {
    const root = builtRenderer();
    const html = await serveAppFile(get('app://toasoan/index.html'), root);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await html.text()).toContain('Tòa soạn');

    const js = await serveAppFile(get('app://toasoan/assets/index.js', 'app://toasoan'), root);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await serveAppFile(get('app://toasoan/assets/index.css', 'app://toasoan'), root);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404, with the CSP, for missing files, folders, traversal and other hosts', async () => {
    const root = builtRenderer();
    for (const url of [
      'app://toasoan/missing.js',
      'app://toasoan/assets',
      'app://toasoan/..%2fsecret.txt',
      'app://other/index.html',
    ]) {
      const response = await serveAppFile(get(url), root);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses requests made by any page but our own', async () => {
    const root = builtRenderer();
    for (const origin of ['https://evil.example', 'null', 'app://other']) {
      expect((await serveAppFile(get('app://toasoan/index.html', origin), root)).status, origin).toBe(403);
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const root = builtRenderer();
    const head = await serveAppFile({ url: 'app://toasoan/index.html', method: 'HEAD' }, root);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveAppFile({ url: 'app://toasoan/index.html', method: 'POST' }, root);
    expect(post.status).toBe(405);
  });
});
