import http from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/core.ts';
import { startHarness } from './server.ts';

function fakeRenderer(): string {
  const dir = tempDir('toasoan-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

async function harness() {
  const h = await startHarness({ dataDir: tempDir(), rendererDir: fakeRenderer() });
  onTestFinished(() => h.close());
  return h;
}

function get(url: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, csp: response.headers['content-security-policy'] as string | undefined }),
        );
      })
      .on('error', reject);
  });
}

function connect(url: string, origin: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('browser harness server', () => {
  it('listens on loopback only and serves the page only with the token, bridge injected', async () => {
    const h = await harness();
    expect(h.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await get(`${h.origin}/`)).status).toBe(403);
    expect((await get(`${h.origin}/?token=wrong`)).status).toBe(403);
    const page = await get(h.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/__harness/bridge.js"></script>');
    expect(page.csp).toContain("script-src 'self'");
    expect(page.csp).toContain(`connect-src 'self' ${h.origin.replace('http', 'ws')}`);
  });

  it('serves renderer assets but nothing outside the renderer folder', async () => {
    const h = await harness();
    expect((await get(`${h.origin}/assets/app.js`)).status).toBe(200);
    expect((await get(`${h.origin}/assets/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await get(`${h.origin}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });

  it('accepts WebSocket calls only with the token and from its own origin', async () => {
    const h = await harness();
    const rpc = `${h.origin.replace('http', 'ws')}/rpc?token=${h.token}`;
    await expect(connect(rpc, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(connect(`${h.origin.replace('http', 'ws')}/rpc?token=nope`, h.origin)).rejects.toThrow(/403/);
    const ws = await connect(rpc, h.origin);
    const reply = new Promise<string>((resolve) => ws.once('message', (data: Buffer) => resolve(data.toString())));
    ws.send(JSON.stringify({ id: 7, channel: 'articles.list', payload: {} }));
    expect(JSON.parse(await reply)).toEqual({ id: 7, envelope: { ok: true, value: [] } });
    ws.close();
  });

  it('drops a connection that sends something that is not JSON, and keeps serving others', async () => {
    const h = await harness();
    const rpc = `${h.origin.replace('http', 'ws')}/rpc?token=${h.token}`;
    const bad = await connect(rpc, h.origin);
    const closed = new Promise<number>((resolve) => bad.once('close', (code: number) => resolve(code)));
    bad.send('{not json');
    expect(await closed).toBe(1003);
    const good = await connect(rpc, h.origin);
    const reply = new Promise<string>((resolve) => good.once('message', (data: Buffer) => resolve(data.toString())));
    good.send(JSON.stringify({ id: 1, channel: 'settings.getLanguage', payload: {} }));
    expect(JSON.parse(await reply)).toMatchObject({ envelope: { ok: true, value: 'vi' } });
    good.close();
  });
});
