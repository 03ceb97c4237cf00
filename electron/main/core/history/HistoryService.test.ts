import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../../shared/domain/articleBody.ts';
import { ManualClock, tempDir } from '../../../../tests/support/core.ts';
import { loopbackApi } from '../../../../tests/support/loopbackApi.ts';
import { createCore } from '../createCore.ts';
import { InsecureTestCipher } from '../secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../settings/SettingsStore.ts';

const DAY = 24 * 3_600_000;

function open(dataDir: string, clock: ManualClock) {
  return createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher(), clock, articles: { autoRevisionIntervalMs: 5 * 60_000 } });
}

describe('history maintenance', () => {
  it('empties month-old trash when the library opens, and keeps newer trash and the library', () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    let core = open(dataDir, clock);
    const old = core.articles.create({ title: 'Cũ' }).id;
    const recent = core.articles.create({ title: 'Mới vào thùng rác' }).id;
    const kept = core.articles.create({ title: 'Trong thư viện' }).id;
    core.articles.saveRevision(old, 'Bản đầu');
    core.articles.trash(old);
    clock.advance(25 * DAY);
    core.articles.trash(recent);
    core.close();
    clock.advance(6 * DAY);
    core = open(dataDir, clock);
    expect(core.articles.list('trash').map((article) => article.id)).toEqual([recent]);
    expect(core.articles.list('library').map((article) => article.id)).toEqual([kept]);
    expect(core.db.prepare('SELECT count(*) AS n FROM revisions WHERE article_id = ?').get(old)).toEqual({ n: 0 });
    core.close();
  });

  it('thins old autosave snapshots on open but keeps named versions', () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    let core = open(dataDir, clock);
    const id = core.articles.create({ title: 'Bài dài' }).id;
    for (let n = 0; n < 60; n++) {
      clock.advance(6 * 60_000);
      core.articles.update(id, { body: docFromPlainText(`Đoạn ${n}`) });
    }
    core.articles.saveRevision(id, 'Bản gửi tổng biên tập');
    const before = core.articles.listRevisions(id);
    expect(before.filter((revision) => revision.kind === 'auto')).toHaveLength(60);
    core.close();
    clock.advance(3 * DAY);
    core = open(dataDir, clock);
    const after = core.articles.listRevisions(id);
    // Six hours of snapshots, now days old: one an hour is left.
    expect(after.filter((revision) => revision.kind === 'auto').length).toBeLessThanOrEqual(8);
    expect(after.find((revision) => revision.kind === 'manual')?.label).toBe('Bản gửi tổng biên tập');
    core.close();
  });

  it('deletes one trashed article or the whole trash on request, refusing one still in the library', async () => {
    const { api } = loopbackApi();
    const a = await api.articles.create({ title: 'A' });
    const b = await api.articles.create({ title: 'B' });
    const c = await api.articles.create({ title: 'C' });
    await expect(api.articles.purge({ id: a.id })).rejects.toMatchObject({ reason: 'notInTrash' });
    await api.articles.trash({ id: a.id });
    await api.articles.trash({ id: b.id });
    expect(await api.articles.purge({ id: a.id })).toEqual({ purged: 1 });
    await expect(api.articles.get({ id: a.id })).rejects.toMatchObject({ code: 'NotFound' });
    expect(await api.articles.emptyTrash({})).toEqual({ purged: 1 });
    expect((await api.articles.list({ scope: 'library' })).map((article) => article.id)).toEqual([c.id]);
    expect(await api.articles.list({ scope: 'trash' })).toEqual([]);
  });
});
