import type { Core } from '../../electron/main/core/createCore.ts';
import { SyncRepository } from '../../electron/main/core/sync/SyncRepository.ts';
import type { SyncReport } from '../../shared/domain/site.ts';
import { rest } from '../../tests/wordpress/rest.ts';
import { seedPosts } from '../../tests/wordpress/seedPosts.ts';
import { startWordPress, type WordPressSite } from '../../tests/wordpress/startWordPress.ts';
import { newsArticle } from '../support/articles.ts';
import { FetchMeter, requestKind, traffic, type Traffic } from '../support/FetchMeter.ts';
import { benchLaptop, connectAs } from '../support/laptop.ts';

export interface PassFigures {
  wallMs: number;
  traffic: Traffic;
  /** Posts the change listing matched (X-WP-Total of its first page). */
  listed: number | undefined;
  pulled: number;
  pushed: number;
}

export interface IncrementalPullResult {
  seeded: number;
  seedMs: number;
  linked: number;
  changed: number;
  /** Push of the linked articles plus the first, watermark-less pull. */
  firstPass: PassFigures;
  /** Nothing changed anywhere. */
  idlePass: PassFigures;
  /** The measured pass: `changed` linked posts edited on the site. */
  incrementalPass: PassFigures;
  /** Every post, full content, as an app without a watermark would fetch it. */
  naive: { wallMs: number; traffic: Traffic; posts: number };
}

async function pass(core: Core, meter: FetchMeter): Promise<{ figures: PassFigures; report: SyncReport }> {
  const mark = meter.mark();
  const began = performance.now();
  const report = await core.sync.syncNow({ manual: true });
  const wallMs = performance.now() - began;
  await meter.settle();
  if (report.failures.length > 0 || report.remaining > 0) throw new Error(`pull: pass failed: ${JSON.stringify(report.failures.slice(0, 3))}`);
  const records = meter.since(mark);
  return {
    report,
    figures: {
      wallMs,
      traffic: traffic(records),
      listed: records.find((record) => requestKind(record) === 'changedPosts')?.wpTotal,
      pulled: report.pulled.length,
      pushed: report.pushed.length,
    },
  };
}

/** What the editor does on the site: retitles the story and touches its first paragraph. */
async function editOnSite(site: WordPressSite, remoteId: number, n: number): Promise<void> {
  const current = await rest<{ title: { raw: string }; content: { raw: string } }>(site, 'GET', `/wp/v2/posts/${remoteId}?context=edit`, { as: 'editor' });
  const edited = await rest(site, 'POST', `/wp/v2/posts/${remoteId}`, {
    as: 'editor',
    json: { title: `${current.body.title.raw} (biên tập ${n})`, content: current.body.content.raw.replace('<p>', '<p>Theo phóng viên, ') },
  });
  if (edited.status !== 200) throw new Error(`pull: editor edit of ${remoteId} answered ${edited.status}`);
}

/**
 * A reporter's laptop on a site with `seeded` posts (all by the same author, so even
 * the author-filtered listing a reporter makes spans all of them). The laptop's own
 * `linked` articles are made the app's way (create, submit, sync), so their links and
 * merge bases are exactly what the app records; then `changed` of them are edited on
 * the site by an editor and one pass is measured.
 */
export async function incrementalPull(options: { seeded: number; linked: number; changed: number }, log: (line: string) => void): Promise<IncrementalPullResult> {
  const site = await startWordPress({ plugin: true });
  const meter = new FetchMeter();
  const laptop = benchLaptop(meter.fetch);
  try {
    const seedBegan = performance.now();
    await seedPosts(site, options.seeded);
    const seedMs = performance.now() - seedBegan;
    log(`pull: ${options.seeded} posts seeded in ${Math.round(seedMs / 1000)} s`);
    const { core } = laptop;
    await connectAs(core, site, 'author');
    const ids = Array.from({ length: options.linked }, (_, n) => core.sync.submit(core.articles.create(newsArticle(n)).id).id);

    const first = await pass(core, meter);
    if (first.figures.pushed !== options.linked) throw new Error(`pull: pushed ${first.figures.pushed} of ${options.linked}`);
    log(`pull: first pass ${Math.round(first.figures.wallMs)} ms, ${first.figures.traffic.requests} requests`);
    const idle = await pass(core, meter);

    const links = new SyncRepository(core.db);
    const step = Math.max(1, Math.floor(options.linked / options.changed));
    const targets = ids.filter((_, i) => i % step === 0).slice(0, options.changed);
    for (const [n, id] of targets.entries()) await editOnSite(site, links.link(id)?.remoteId ?? 0, n);

    const incremental = await pass(core, meter);
    const updated = incremental.report.pulled.filter((pulled) => pulled.action === 'updated').length;
    if (updated !== options.changed) throw new Error(`pull: expected ${options.changed} updated articles, got ${JSON.stringify(incremental.report.pulled)}`);
    log(`pull: incremental pass ${Math.round(incremental.figures.wallMs)} ms, ${incremental.figures.traffic.requests} requests`);

    const naive = await naiveListing(site);
    log(`pull: naive full listing ${Math.round(naive.wallMs)} ms, ${naive.traffic.requests} requests`);
    return {
      seeded: options.seeded,
      seedMs,
      linked: options.linked,
      changed: options.changed,
      firstPass: first.figures,
      idlePass: idle.figures,
      incrementalPass: incremental.figures,
      naive,
    };
  } finally {
    laptop.dispose();
    await site.stop();
  }
}

/** Plain fetch, same user, every page of `context=edit` posts in any status, each parsed. */
async function naiveListing(site: WordPressSite): Promise<IncrementalPullResult['naive']> {
  const meter = new FetchMeter();
  const headers = { Accept: 'application/json', Authorization: site.users.author.authHeader };
  let posts = 0;
  const began = performance.now();
  for (let page = 1; ; page++) {
    const response = await meter.fetch(`${site.restBase}/wp/v2/posts?context=edit&status=any&per_page=100&page=${page}`, { headers });
    const body = (await response.json()) as unknown[];
    if (response.status !== 200) throw new Error(`pull: naive page ${page} answered ${response.status}`);
    posts += body.length;
    if (page >= Number(response.headers.get('x-wp-totalpages') ?? '1') || body.length === 0) break;
  }
  const wallMs = performance.now() - began;
  await meter.settle();
  return { wallMs, traffic: traffic(meter.records), posts };
}
