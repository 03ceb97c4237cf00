import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors.ts';
import { createI18n, describeError } from '../../shared/i18n/index.ts';
import { tempDir } from '../support/core.ts';
import { startFaultProxy, type FaultProxy } from '../support/faultProxy.ts';
import { startWordPress, type WordPressSite } from '../wordpress/startWordPress.ts';
import { laptop } from './fixture.ts';

let site: WordPressSite;
let proxy: FaultProxy;
const servers: (http.Server | https.Server)[] = [];

beforeAll(async () => {
  site = await startWordPress({ plugin: false });
  proxy = await startFaultProxy(site.url);
  await site.php(`
    $id = wp_insert_user(['user_login' => 'subscriber', 'user_pass' => 'x', 'role' => 'subscriber']);
    [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'test']);
    update_option('toasoan_test_subscriber_password', $password);
  `);
}, 60_000);

afterAll(async () => {
  for (const server of servers) server.close();
  await proxy?.close();
  await site?.stop();
});

async function listen(server: http.Server | https.Server, scheme: 'http' | 'https'): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failureOf(url: string, username = site.users.contributor.login, appPassword = site.users.contributor.appPassword, timeoutMs?: number): Promise<string> {
  const core = laptop({ requestTimeoutMs: timeoutMs });
  try {
    await core.sites.connect({ url, username, appPassword });
    return 'connected';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Every reason has a sentence in both languages.
    for (const language of ['vi', 'en'] as const) {
      const sentence = describeError(createI18n(language).t, error);
      expect(sentence, `${error.reason} in ${language}`).not.toMatch(/^errors\./);
    }
    expect(core.sites.list()).toEqual([]);
    return error.reason ?? error.code;
  } finally {
    core.close();
  }
}

describe('connecting a site: every failure has its own clear reason', () => {
  it('connects with the right password and refuses a wrong or revoked one', async () => {
    expect(await failureOf(site.url)).toBe('connected');
    expect(await failureOf(site.url, 'contributor', 'abcd efgh ijkl mnop qrst uvwx')).toBe('wrongPassword');
  });

  it('refuses a role that cannot write', async () => {
    const password = (await site.php("echo get_option('toasoan_test_subscriber_password');")).trim();
    expect(await failureOf(site.url, 'subscriber', password)).toBe('roleTooLow');
  });

  it('tells "not WordPress" from "REST disabled"', async () => {
    const plain = await listen(http.createServer((_request, response) => response.end('<html><body><h1>Xin chào</h1></body></html>')), 'http');
    expect(await failureOf(plain)).toBe('notWordPress');
    // Security plugins answer REST with a WordPress error object.
    const disabled = await listen(
      http.createServer((request, response) => {
        if (request.url?.includes('wp-json') || request.url?.includes('rest_route')) {
          response.writeHead(403, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ code: 'rest_disabled', message: 'REST API disabled', data: { status: 403 } }));
        } else response.end('<html><link rel="stylesheet" href="/wp-content/themes/x/style.css"></html>');
      }),
      'http',
    );
    expect(await failureOf(disabled)).toBe('restDisabled');
  });

  it('reports an http→https redirect instead of following it with the password', async () => {
    const redirecting = await listen(
      http.createServer((request, response) => {
        response.writeHead(301, { Location: `https://bao.example${request.url ?? '/'}` });
        response.end();
      }),
      'http',
    );
    expect(await failureOf(redirecting)).toBe('schemeRedirect');
  });

  it('refuses a bad TLS certificate', async () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=bao.example'], { stdio: 'ignore' });
    const secure = await listen(https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (_request, response) => response.end('{}')), 'https');
    expect(await failureOf(secure)).toBe('tlsError');
  });

  it('reports DNS failure, refused connection, server errors and timeouts', async () => {
    expect(await failureOf('http://toasoan-test.invalid')).toBe('dnsFailure');
    expect(await failureOf('http://127.0.0.1:1')).toBe('siteUnreachable');
    proxy.setPolicy(() => ({ kind: 'status', status: 503 }));
    expect(await failureOf(proxy.url)).toBe('siteDown');
    proxy.setPolicy(() => ({ kind: 'hang' }));
    expect(await failureOf(proxy.url, undefined, undefined, 800)).toBe('timeout');
    proxy.setPolicy(() => ({ kind: 'pass' }));
    expect(await failureOf(proxy.url)).toBe('connected');
  });
});
