import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract/index.ts';
import type { Article } from '../../shared/domain/article.ts';
import { SAMPLE } from '../support/core.ts';
import { openSession } from './session.ts';

describe('payloads sent straight to the bridge', () => {
  it('are validated: bad ones get Validation and change nothing, NFD is stored as NFC', async () => {
    const { page } = await openSession();
    await page.getByRole('button', { name: 'Bài mới' }).waitFor();

    const call = (channel: string, payload: unknown) =>
      page.evaluate(
        ([c, p]) => (window as unknown as { toasoan: { invoke(c: unknown, p: unknown): Promise<unknown> } }).toasoan.invoke(c, p),
        [channel, payload] as const,
      ) as Promise<Envelope<unknown>>;

    const created = await call('articles.create', { title: SAMPLE.title, byline: SAMPLE.byline });
    expect(created.ok).toBe(true);
    const article = (created as { ok: true; value: Article }).value;

    const bad: [string, unknown, string][] = [
      ['articles.update', { id: article.id, changes: { title: 'x'.repeat(501) } }, 'tooLong'],
      ['articles.update', { id: article.id, changes: { title: 'hỏng\uD800' } }, 'invalidText'],
      ['articles.update', { id: article.id, changes: { body: { type: 'doc', content: [{ type: 'script' }] } } }, 'invalidDocument'],
      ['articles.update', { id: article.id, changes: { status: 'published' } }, 'unknownField'],
      ['articles.update', { id: 'not-an-id', changes: {} }, 'invalidId'],
      ['articles.update', 'a string', 'invalidShape'],
      ['articles.delete', { id: article.id }, 'unknownChannel'],
      ['articles.create', { tags: Array.from({ length: 51 }, (_, i) => `thẻ ${i}`) }, 'tooMany'],
    ];
    for (const [channel, payload, reason] of bad) {
      const result = await call(channel, payload);
      expect(result, `${channel} ${reason}`).toMatchObject({ ok: false, error: { code: 'Validation', reason } });
    }

    const missing = await call('articles.get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NotFound', reason: 'articleNotFound' } });

    const after = (await call('articles.get', { id: article.id })) as { ok: true; value: Article };
    expect(after.value).toEqual(article);
    const list = (await call('articles.list', {})) as { ok: true; value: unknown[] };
    expect(list.value).toHaveLength(1);

    const nfd = await call('articles.update', { id: article.id, changes: { title: SAMPLE.title.normalize('NFD') } });
    expect(nfd).toMatchObject({ ok: true, value: { title: SAMPLE.title, version: article.version } });

    // The app is still up and shows the untouched article.
    await page.reload();
    await page.getByRole('button', { name: SAMPLE.title, exact: true }).waitFor();
  });
});
