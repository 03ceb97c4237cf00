import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../../shared/domain/articleBody.ts';
import { ManualClock, tempDir } from '../../../../tests/support/core.ts';
import { createCore, LIBRARY_FILE, type Core } from '../createCore.ts';
import { InsecureTestCipher } from '../secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../settings/SettingsStore.ts';

const DAY = 24 * 3_600_000;

function open(dataDir: string, clock = new ManualClock()): Core {
  return createCore({ dataDir, settings: new MemorySettingsStore(), cipher: new InsecureTestCipher(), clock, integrityCheck: true });
}

/** Everything a library holds that a restore must give back exactly. */
function contents(core: Core) {
  return {
    articles: core.db.prepare('SELECT * FROM articles ORDER BY id').all(),
    revisions: core.db.prepare('SELECT * FROM revisions ORDER BY id').all(),
    media: core.db.prepare('SELECT hash FROM media ORDER BY hash').all(),
  };
}

async function withWork(core: Core): Promise<string> {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c04040' } }).jpeg().toBuffer();
  const { hash } = await core.media.import(photo, 'ảnh.jpg');
  const { id } = core.articles.create({
    title: 'Giao ban công tác tuyên giáo',
    body: { type: 'doc', content: [...docFromPlainText('Chiều nay 15/7/2020.').content, { type: 'figure', attrs: { media: hash, src: null, alt: '', caption: 'Ảnh', credit: '', remoteId: null } }] },
  });
  core.articles.saveRevision(id, 'Bản đầu');
  return hash;
}

describe('backup and restore', () => {
  it('round-trips the library exactly, photos included, keeping the replaced library as a backup', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    const hash = await withWork(core);
    const before = contents(core);
    const backupFile = path.join(tempDir(), 'thu-vien.toasoan-backup');
    const made = await core.backups.create(backupFile);
    expect(made).toMatchObject({ articles: 1, media: 1 });

    // Work after the backup, and a photo lost from disk: the restore brings back the backup's state.
    core.articles.update(core.articles.list('library')[0]?.id ?? '', { title: 'Sửa sau khi sao lưu' });
    core.articles.create({ title: 'Bài mới sau sao lưu' });
    const photoFile = core.media.pathOf(hash);
    fs.rmSync(photoFile);
    const { previous } = await core.backups.restore(backupFile);
    expect(contents(core)).toEqual(before);
    expect(fs.existsSync(photoFile)).toBe(true);
    expect(core.search.search({ query: 'tuyen giao' }).total).toBe(1);
    expect(previous).toMatchObject({ articles: 2 });
    expect(core.backups.list().map((entry) => entry.name)).toContain(previous.name);
    core.close();

    // Reopened from disk, the restored library is the backup's.
    const again = open(dataDir);
    expect(contents(again)).toEqual(before);
    again.close();
  });

  it('refuses a file that is not a backup, or a damaged one, and changes nothing', async () => {
    const core = open(tempDir());
    await withWork(core);
    const before = contents(core);
    const dir = tempDir();
    const text = path.join(dir, 'bai.toasoan-backup');
    fs.writeFileSync(text, 'đây không phải bản sao lưu');
    await expect(core.backups.restore(text)).rejects.toMatchObject({ reason: 'notABackup' });
    const plainLibrary = path.join(dir, 'copy.sqlite');
    await core.db.backup(plainLibrary);
    await expect(core.backups.restore(plainLibrary)).rejects.toMatchObject({ reason: 'notABackup' });
    const good = path.join(dir, 'tot.toasoan-backup');
    await core.backups.create(good);
    const bytes = fs.readFileSync(good);
    bytes.fill(0x41, 8192, 16384);
    const damaged = path.join(dir, 'hong.toasoan-backup');
    fs.writeFileSync(damaged, bytes);
    await expect(core.backups.restore(damaged)).rejects.toMatchObject({ reason: expect.stringMatching(/backupDamaged|notABackup/) });
    expect(contents(core)).toEqual(before);
    expect(core.backups.list().filter((entry) => entry.name.startsWith('truoc-khoi-phuc'))).toEqual([]);
    core.close();
  });

  it('keeps one daily backup a day, the newest seven', async () => {
    const clock = new ManualClock();
    const core = open(tempDir(), clock);
    await withWork(core);
    expect(await core.backups.dailyIfDue()).toBeDefined();
    expect(await core.backups.dailyIfDue()).toBeUndefined();
    for (let day = 0; day < 9; day++) {
      clock.advance(DAY);
      await core.backups.dailyIfDue();
    }
    const daily = core.backups.list().filter((entry) => entry.name.startsWith('hang-ngay-'));
    expect(daily).toHaveLength(7);
    expect(daily[0]?.createdAt).toBe(clock.now());
    core.close();
  });
});

describe('a damaged library on open', () => {
  it('is moved aside, the latest good backup put in its place, and the app told where the damaged file is', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    await withWork(core);
    const before = contents(core);
    await core.backups.dailyIfDue();
    core.close();
    const library = path.join(dataDir, LIBRARY_FILE);
    const bytes = fs.readFileSync(library);
    bytes.fill(0x5a, 4096, bytes.length);
    fs.writeFileSync(library, bytes);

    const recovered = open(dataDir);
    expect(recovered.recovery).toMatchObject({ restoredFrom: expect.stringMatching(/hang-ngay-/) });
    expect(fs.readFileSync(recovered.recovery?.damagedFile ?? '')).toEqual(bytes);
    expect(contents(recovered)).toEqual(before);
    expect(await recovered.handlers.backup.status({})).toMatchObject({ recovery: { damagedFile: recovered.recovery?.damagedFile } });
    recovered.close();
  });

  it('without a backup, stays where it is and the error stands', () => {
    const dataDir = tempDir();
    open(dataDir).close();
    const library = path.join(dataDir, LIBRARY_FILE);
    fs.writeFileSync(library, 'hỏng hoàn toàn');
    expect(() => open(dataDir)).toThrow(expect.objectContaining({ reason: 'databaseCorrupt' }));
    expect(fs.readFileSync(library, 'utf8')).toBe('hỏng hoàn toàn');
  });
});
