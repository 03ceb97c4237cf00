import { PerformanceObserver } from 'node:perf_hooks';
import { startWordPress } from '../tests/wordpress/startWordPress.ts';
import { newsArticle } from './support/articles.ts';
import { profile, summarize } from './support/cpuProfile.ts';
import { benchLaptop, connectAs } from './support/laptop.ts';
import { ms } from './support/stats.ts';

/**
 * Where the app's own time goes in a push pass: V8's sampling profile of this
 * process during one `syncNow` of N submitted articles, summed by area and by
 * function, plus garbage-collection pauses. Not part of `npm run bench` (the
 * profiler slows what it watches); run it when the push figures need explaining:
 *   node bench/profilePush.ts [articles=500]
 */
const count = Number(process.argv[2] ?? 500);
const site = await startWordPress({ plugin: true });
const laptop = benchLaptop(fetch);
try {
  const { core } = laptop;
  await connectAs(core, site, 'author');
  for (let n = 0; n < count; n++) core.sync.submit(core.articles.create(newsArticle(n)).id);
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpuBefore = process.cpuUsage();
  const began = performance.now();
  const { result: report, profile: taken } = await profile(() => core.sync.syncNow({ manual: true }));
  const wallMs = performance.now() - began;
  const cpu = process.cpuUsage(cpuBefore);
  observer.disconnect();
  if (report.pushed.length !== count) throw new Error(`pushed ${report.pushed.length} of ${count}`);
  const summary = summarize(taken, 25);
  console.log(`${count} articles: pass ${ms(wallMs)}, process CPU ${ms((cpu.user + cpu.system) / 1000)} (user ${ms(cpu.user / 1000)}, system ${ms(cpu.system / 1000)}), GC pauses ${ms(gcMs)}`);
  console.log(`\nself time by area (sampled ${ms(summary.totalMs)}; "(idle)" is waiting for the site):`);
  for (const line of summary.byArea) console.log(`  ${ms(line.selfMs).padStart(9)}  ${line.where}`);
  console.log('\nself time by function:');
  for (const line of summary.byFunction) console.log(`  ${ms(line.selfMs).padStart(9)}  ${line.where}`);
} finally {
  laptop.dispose();
  await site.stop();
}
