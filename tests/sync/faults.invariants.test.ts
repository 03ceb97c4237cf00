import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFields } from '../../shared/domain/article.ts';
import { docFromPlainText } from '../../shared/domain/articleBody.ts';
import { normalizePublishDoc, parsePublishHtml, sapoFromExcerpt } from '../../shared/publish/index.ts';
import type { Core } from '../../electron/main/core/createCore.ts';
import { startFaultProxy, type Fault, type FaultProxy } from '../support/faultProxy.ts';
import { pick, seededRandom } from '../support/random.ts';
import { startWordPress, type WordPressSite } from '../wordpress/startWordPress.ts';
import { allPosts, connect, laptop } from './fixture.ts';

/** CI runs 240; the benchmark runs more (TOASOAN_FAULT_OPS). */
const OPERATIONS = Number(process.env.TOASOAN_FAULT_OPS ?? 240);
const SEED = Number(process.env.TOASOAN_FAULT_SEED ?? 20_261_126);

const WORDS = ['tuyên giáo', 'Quảng Trị', 'đường sá', 'mùa lũ', 'nông dân', 'hội nghị', 'ngư dân', 'học sinh', 'bệnh viện', 'giá lúa'];

let site: WordPressSite;
let proxy: FaultProxy;

beforeAll(async () => {
  site = await startWordPress({ plugin: true });
  proxy = await startFaultProxy(site.url);
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await site?.stop();
});

function faultFor(random: () => number, rate: number): Fault {
  if (random() >= rate) return { kind: 'pass' };
  const roll = random();
  if (roll < 0.25) return { kind: 'refuse' };
  if (roll < 0.45) return { kind: 'status', status: random() < 0.5 ? 502 : 503 };
  if (roll < 0.6) return { kind: 'delay', ms: Math.floor(random() * 200) };
  if (roll < 0.64) return { kind: 'hang' };
  return { kind: 'cutAfterCommit' };
}

function paragraphs(random: () => number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Đoạn ${i + 1}: ${pick(random, WORDS)} ${pick(random, WORDS)} ${Math.floor(random() * 1000)}.`);
}

describe('sync through a faulty network', () => {
  it(`keeps its invariants over ${OPERATIONS} randomised operations: no duplicates, no lost edits, all synced`, async () => {
    const random = seededRandom(SEED);
    const core: Core = laptop({ requestTimeoutMs: 1_500 });
    await connect(core, site, 'contributor', proxy.url);
    /** The last text the reporter typed, per article: what must end up everywhere. */
    const expected = new Map<string, ArticleFields>();
    const paragraphsOf = new Map<string, string[]>();

    for (let op = 0; op < OPERATIONS; op++) {
      const roll = random();
      if (roll < 0.25 || expected.size === 0) {
        const body = paragraphs(random, 2 + Math.floor(random() * 4));
        const article = core.articles.create({
          title: `Tin ${op}: ${pick(random, WORDS)}`,
          sapo: `(QTO) - ${pick(random, WORDS)} & ${pick(random, WORDS)}.`,
          body: docFromPlainText(body.join('\n\n')),
          byline: 'Minh Đức',
          category: 'Trong tỉnh',
          tags: [pick(random, WORDS), `thẻ ${Math.floor(random() * 30)}`],
        });
        core.sync.submit(article.id);
        paragraphsOf.set(article.id, body);
      } else if (roll < 0.65) {
        const id = pick(random, [...paragraphsOf.keys()]);
        const body = [...(paragraphsOf.get(id) ?? [])];
        const index = Math.floor(random() * body.length);
        body[index] = `${body[index]} Sửa lần ${op}.`;
        paragraphsOf.set(id, body);
        const changes: Partial<ArticleFields> = { body: docFromPlainText(body.join('\n\n')) };
        if (random() < 0.3) changes.title = `Tin sửa ${op}: ${pick(random, WORDS)}`;
        if (random() < 0.2) changes.tags = [pick(random, WORDS), `thẻ ${Math.floor(random() * 30)}`];
        core.articles.update(id, changes);
      } else {
        proxy.setPolicy(() => faultFor(random, 0.35));
        await core.sync.syncNow({ manual: true });
      }
      for (const id of paragraphsOf.keys()) {
        const { title, sapo, body, byline, category, tags } = core.articles.get(id);
        expected.set(id, { title, sapo, body, byline, category, tags });
      }
    }

    // The network heals: everything must drain.
    proxy.setPolicy(() => ({ kind: 'pass' }));
    for (let round = 0; round < 10 && core.sync.states().some((info) => info.state !== 'synced' || info.pendingIntents > 0); round++) {
      await core.sync.syncNow({ manual: true });
    }

    expect(proxy.counts.cutAfterCommit).toBeGreaterThan(0);
    expect(proxy.counts.refuse + proxy.counts.status + proxy.counts.hang).toBeGreaterThan(0);
    const states = core.sync.states();
    expect(states.filter((info) => info.state !== 'synced')).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });

    const posts = (await allPosts(site)).filter((post) => post.meta.toasoan_client_id !== undefined && post.meta.toasoan_client_id !== '');
    const byClient = new Map<string, number>();
    for (const post of posts) byClient.set(post.meta.toasoan_client_id ?? '', (byClient.get(post.meta.toasoan_client_id ?? '') ?? 0) + 1);
    // No duplicate posts: one per article, whatever was retried.
    expect([...byClient.values()].filter((count) => count > 1)).toEqual([]);
    expect(posts).toHaveLength(expected.size);

    for (const [id, fields] of expected) {
      // No lost edits: the library still holds the last thing typed…
      const local = core.articles.get(id);
      expect(local.title).toBe(fields.title);
      expect(local.body).toEqual(fields.body);
      // …and so does the site.
      const post = posts.find((candidate) => candidate.id === core.sync.status(id).remoteId);
      expect(post, id).toBeDefined();
      expect(sapoFromExcerpt(post?.title.raw ?? '')).toBe(fields.title);
      expect(sapoFromExcerpt(post?.excerpt.raw ?? '')).toBe(fields.sapo);
      expect(parsePublishHtml(post?.content.raw ?? '').doc).toEqual(normalizePublishDoc(fields.body));
      expect(post?.status).toBe('pending');
    }
    core.close();
  }, 600_000);
});
