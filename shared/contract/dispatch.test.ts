import { describe, expect, it, vi } from 'vitest';
import { createClient, ApiError } from './client.ts';
import { dispatch } from './dispatch.ts';
import { AppError } from './errors.ts';
import { CHANNELS, contract, type Handlers } from './index.ts';

function fakeHandlers(overrides: { create?: (input: unknown) => Promise<unknown> } = {}): Handlers {
  const article = { id: 'x' };
  const ok = vi.fn(async () => article);
  return {
    articles: {
      list: vi.fn(async () => []),
      get: ok,
      create: (overrides.create ?? ok) as Handlers['articles']['create'],
      update: ok,
      saveRevision: ok,
      listRevisions: vi.fn(async () => []),
      getRevision: ok,
      restoreRevision: ok,
      trash: ok,
      restore: ok,
    } as unknown as Handlers['articles'],
    settings: { getLanguage: vi.fn(async () => 'vi' as const), setLanguage: vi.fn(async () => 'en' as const) },
    // Not exercised here; typed as the real map so the contract check still covers them.
    sites: {} as Handlers['sites'],
    sync: {} as Handlers['sync'],
    media: {} as Handlers['media'],
    templates: {} as Handlers['templates'],
    newsroom: {} as Handlers['newsroom'],
    search: {} as Handlers['search'],
    backup: {} as Handlers['backup'],
  };
}

describe('contract', () => {
  it('derives one channel per declared method', () => {
    const declared = Object.entries(contract).flatMap(([domain, methods]) => Object.keys(methods).map((m) => `${domain}.${m}`));
    expect([...CHANNELS].sort()).toEqual(declared.sort());
    expect(CHANNELS).toContain('articles.update');
  });
});

describe('dispatch', () => {
  it('passes validated, NFC-normalised input to the handler', async () => {
    const create = vi.fn(async (input: unknown) => input);
    const result = await dispatch(fakeHandlers({ create }), 'articles.create', { title: 'Hòa bình'.normalize('NFD') });
    expect(result).toEqual({ ok: true, value: { title: 'Hòa bình' } });
    expect(create).toHaveBeenCalledOnce();
  });

  it('refuses unknown channels and bad payloads without calling any handler', async () => {
    const create = vi.fn(async () => ({}));
    const handlers = fakeHandlers({ create });
    expect(await dispatch(handlers, 'articles.drop', {})).toMatchObject({ ok: false, error: { code: 'Validation', reason: 'unknownChannel' } });
    expect(await dispatch(handlers, 42, {})).toMatchObject({ ok: false, error: { reason: 'unknownChannel' } });
    expect(await dispatch(handlers, 'articles.create', null)).toMatchObject({ ok: false, error: { code: 'Validation', reason: 'invalidShape' } });
    expect(await dispatch(handlers, 'articles.create', { title: 'x'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'Validation', reason: 'tooLong', field: 'title', max: 500 },
    });
    expect(await dispatch(handlers, 'articles.create', { tags: ['a', 7] })).toMatchObject({ ok: false, error: { field: 'tags.1' } });
    expect(await dispatch(handlers, 'sync.setSettings', { jpegQuality: 101 })).toMatchObject({
      ok: false,
      error: { code: 'Validation', reason: 'outOfRange', field: 'jpegQuality', max: 100 },
    });
    expect(await dispatch(handlers, 'articles.create', { __proto__: { polluted: true }, evil: 1 })).toMatchObject({
      ok: false,
      error: { reason: 'unknownField' },
    });
    expect(create).not.toHaveBeenCalled();
  });

  it('passes AppErrors through and hides anything else behind Internal', async () => {
    const onUnexpectedError = vi.fn();
    const known = fakeHandlers({ create: async () => Promise.reject(new AppError('Conflict', 'busy', { reason: 'articleTrashed' })) });
    expect(await dispatch(known, 'articles.create', {})).toEqual({
      ok: false,
      error: { code: 'Conflict', message: 'busy', reason: 'articleTrashed' },
    });
    const broken = fakeHandlers({ create: async () => Promise.reject(new TypeError('secret internals')) });
    const result = await dispatch(broken, 'articles.create', {}, { onUnexpectedError });
    expect(result).toEqual({ ok: false, error: { code: 'Internal', message: 'internal error', reason: 'unexpected' } });
    expect(onUnexpectedError).toHaveBeenCalledWith('articles.create', expect.any(TypeError));
  });
});

describe('createClient', () => {
  it('returns values and throws ApiError with the code and reason', async () => {
    const handlers = fakeHandlers();
    const client = createClient({ invoke: (channel, payload) => dispatch(handlers, channel, payload) });
    expect(await client.settings.getLanguage({})).toBe('vi');
    const failure = await client.articles.get({ id: 'nope' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'Validation', reason: 'invalidId', field: 'id' });
  });
});
