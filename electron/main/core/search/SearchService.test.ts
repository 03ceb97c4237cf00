import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../../shared/domain/articleBody.ts';
import type { SearchRequest } from '../../../../shared/search/searchTypes.ts';
import { ManualClock, tempDir } from '../../../../tests/support/core.ts';
import { createCore } from '../createCore.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { InsecureTestCipher } from '../secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../settings/SettingsStore.ts';

function library() {
  const clock = new ManualClock();
  const dataDir = tempDir('toasoan-search-');
  const core = createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher(), clock });
  const add = (fields: { title?: string; sapo?: string; body?: string; byline?: string; category?: string; tags?: string[] }) => {
    clock.advance(60_000);
    return core.articles.create({ ...fields, body: docFromPlainText(fields.body ?? '') }).id;
  };
  const search = (query: string, options: Omit<SearchRequest, 'query'> = {}) => core.search.search({ query, ...options });
  const titles = (query: string, options: Omit<SearchRequest, 'query'> = {}) => search(query, options).hits.map((hit) => hit.title);
  return { core, clock, dataDir, add, search, titles };
}

describe('SearchService: Vietnamese matching', () => {
  it('finds accented text from a query typed without accents, đ as d', () => {
    const { add, titles } = library();
    add({ title: 'Khai quật di chỉ Đại Nam', body: 'Hiện vật thời Đại Nam.' });
    add({ title: 'Hòa bình cho vùng biên', sapo: '(QTO) - Người dân mong hòa bình.' });
    add({ title: 'Giá lúa tăng' });
    expect(titles('dai nam')).toEqual(['Khai quật di chỉ Đại Nam']);
    expect(titles('HOA BINH')).toEqual(['Hòa bình cho vùng biên']);
    expect(titles('hoà bình')).toEqual(['Hòa bình cho vùng biên']);
    expect(titles('Đại'.normalize('NFD'))).toEqual(['Khai quật di chỉ Đại Nam']);
  });

  it('ranks the exact accents above a folded-only match, whatever the field', () => {
    const { add, search } = library();
    add({ title: 'Mùa hoa ban nở trắng', body: 'Hoa bình dị bên đường.' });
    add({ title: 'Hội thảo', body: 'Vì một nền hòa bình lâu dài.' });
    const result = search('hòa bình');
    expect(result.hits.map((hit) => [hit.title, hit.exact])).toEqual([
      ['Hội thảo', true],
      ['Mùa hoa ban nở trắng', false],
    ]);
    // Old tone placement in the query is the same word.
    expect(search('hoà bình').hits[0]?.title).toBe('Hội thảo');
    // Unaccented: both match, nothing is exact.
    expect(search('hoa binh').hits.every((hit) => !hit.exact)).toBe(true);
  });

  it('ranks title over sapo over body, and the more recent first on a tie', () => {
    const { add, titles } = library();
    add({ title: 'Bài A', body: 'Nói về Cồn Cỏ trong thân bài.' });
    add({ title: 'Bài B', sapo: '(QTO) - Cồn Cỏ trong sapo.' });
    add({ title: 'Cồn Cỏ trong tít' });
    expect(titles('con co')).toEqual(['Cồn Cỏ trong tít', 'Bài B', 'Bài A']);
    const twins = library();
    twins.add({ title: 'Bản cũ', body: 'Hướng Hóa mùa cà phê.' });
    twins.add({ title: 'Bản mới', body: 'Hướng Hóa mùa cà phê.' });
    expect(twins.titles('huong hoa')).toEqual(['Bản mới', 'Bản cũ']);
  });

  it('ranks the words side by side above the same words apart', () => {
    const { add, titles } = library();
    add({ title: 'Đại diện các xã', sapo: '(QTO) - Năm nay nhiều đổi mới.' });
    add({ title: 'Khai quật di chỉ Đại Nam' });
    add({ title: 'Tin khác', body: 'Đại Nam là một tên cũ.' });
    expect(titles('dai nam')).toEqual(['Khai quật di chỉ Đại Nam', 'Tin khác', 'Đại diện các xã']);
  });

  it('matches quoted phrases in order and leaves out -excluded words', () => {
    const { add, titles } = library();
    add({ title: 'Xây dựng nông thôn mới ở Gio Linh' });
    add({ title: 'Mới: thôn Nông Sơn' });
    add({ title: 'Nông thôn mới sau lũ', body: 'Lũ lụt gây thiệt hại.' });
    expect(titles('"nong thon moi"').sort()).toEqual(['Nông thôn mới sau lũ', 'Xây dựng nông thôn mới ở Gio Linh']);
    expect(titles('nong thon moi').length).toBe(3);
    expect(titles('"nông thôn mới" -lũ')).toEqual(['Xây dựng nông thôn mới ở Gio Linh']);
    expect(titles('-lũ').sort()).toEqual(['Mới: thôn Nông Sơn', 'Xây dựng nông thôn mới ở Gio Linh']);
  });

  it('searches byline and tags too', () => {
    const { add, titles } = library();
    add({ title: 'Tin một', byline: 'Minh Đức' });
    add({ title: 'Tin hai', tags: ['Giao thông', 'Đông Hà'] });
    expect(titles('minh duc')).toEqual(['Tin một']);
    expect(titles('dong ha')).toEqual(['Tin hai']);
  });
});

describe('SearchService: filters, sort, snippets', () => {
  it('filters by status, category, tag, byline and date range, and sorts by date', () => {
    const { core, clock, add, titles, search } = library();
    const a = add({ title: 'Quảng Trị một', category: 'Thời sự', tags: ['Biển'], byline: 'Thanh Hải' });
    const from = clock.now();
    add({ title: 'Quảng Trị hai', category: 'Kinh tế', tags: ['Biển'], byline: 'Minh Đức' });
    add({ title: 'Quảng Trị ba', category: 'Kinh tế', byline: 'Minh Đức' });
    core.articles.setStatus(a, 'submitted');
    expect(titles('quang tri', { status: ['submitted'] })).toEqual(['Quảng Trị một']);
    expect(titles('quang tri', { category: 'Kinh tế', sort: 'date' })).toEqual(['Quảng Trị ba', 'Quảng Trị hai']);
    expect(titles('quang tri', { tag: 'Biển', sort: 'date' })).toEqual(['Quảng Trị hai', 'Quảng Trị một']);
    expect(titles('quang tri', { byline: 'Thanh Hải' })).toEqual(['Quảng Trị một']);
    expect(titles('', { from: from + 1, sort: 'date' })).toEqual(['Quảng Trị ba', 'Quảng Trị hai']);
    expect(search('quang tri', { limit: 2 })).toMatchObject({ total: 3 });
    expect(search('quang tri', { limit: 2 }).hits).toHaveLength(2);
  });

  it('gives a snippet with the found words marked, and the title marks', () => {
    const { add, search } = library();
    add({ title: 'Người dân Hải Lăng', body: `${'Mở đầu dài. '.repeat(30)}Bà con xã Hải Lăng đón mùa lúa mới.` });
    const [hit] = search('hai lang').hits;
    const snippet = hit?.snippet;
    expect(snippet?.highlights.map(([from, to]) => snippet.text.slice(from, to))).toEqual(['Hải', 'Lăng']);
    expect(hit?.titleHighlights.map(([from, to]) => hit.title.slice(from, to))).toEqual(['Hải', 'Lăng']);
  });
});

describe('SearchService: the index follows every write', () => {
  it('updates on save, leaves trashed articles out of the library, forgets deleted ones', () => {
    const { core, add, titles } = library();
    const id = add({ title: 'Tít cũ về Vĩnh Linh' });
    core.articles.update(id, { title: 'Tít mới về Triệu Phong' });
    expect(titles('vinh linh')).toEqual([]);
    expect(titles('trieu phong')).toEqual(['Tít mới về Triệu Phong']);
    core.articles.trash(id);
    expect(titles('trieu phong')).toEqual([]);
    expect(titles('trieu phong', { scope: 'trash' })).toEqual(['Tít mới về Triệu Phong']);
    core.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(titles('trieu phong', { scope: 'trash' })).toEqual([]);
  });

  it('indexes a library that existed before search, and rebuilds on demand', () => {
    const dataDir = tempDir('toasoan-search-old-');
    const file = path.join(dataDir, 'toasoan.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((migration) => migration.id !== '20261126T0800_search') });
    old.prepare("INSERT INTO articles (id, title, body, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Cửa Tùng mùa hè', ?, 1, 1)").run(
      JSON.stringify(docFromPlainText('Biển xanh.')),
    );
    old.close();
    const core = createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher() });
    expect(core.search.search({ query: 'cua tung' }).hits.map((hit) => hit.title)).toEqual(['Cửa Tùng mùa hè']);
    for (const table of ['search_heads', 'search_leads', 'search_full']) core.db.prepare(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).run();
    expect(core.search.search({ query: 'cua tung' }).total).toBe(0);
    expect(core.search.rebuild().articles).toBe(1);
    expect(core.search.search({ query: 'bien xanh' }).total).toBe(1);
    core.close();
  });
});
