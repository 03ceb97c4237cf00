import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createCore } from '../../electron/main/core/createCore.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';
import { JsonFileSettingsStore } from '../../electron/main/core/settings/JsonFileSettingsStore.ts';
import type { BodyDoc } from '../../shared/domain/articleBody.ts';
import { renderPublishHtml } from '../../shared/publish/index.ts';
import { longArticle, type LongArticle } from '../../tests/fixtures/generated/longArticle.ts';

export interface SeededLibrary {
  dataDir: string;
  articleId: string;
  title: string;
  shape: Omit<LongArticle, 'body'> & { jsonKiB: number };
  /** The same body as semantic HTML for the baseline pages, photos at `/media/<hash>`. */
  html: string;
  photo(hash: string): Buffer | undefined;
  remove(): void;
}

/** A camera-sized JPEG (3000×2000, ~1 MB), different per seed, as reporters' photos are. */
async function photo(seed: number): Promise<Buffer> {
  const width = 3000;
  const height = 2000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = (x * 255) / width;
      pixels[at + 1] = (y * 255) / height;
      pixels[at + 2] = ((x ^ y) + seed * 40) & 255;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

const stripBlockComments = (markup: string) => markup.replace(/<!-- \/?wp:[^>]*-->\n?/g, '');

/**
 * A library folder holding the benchmark article (10,000 words, figures on photos in the
 * media store), with every newsroom setting on: source prefix, default pen name,
 * typographic quotes and ellipsis. Written by the real core, as the app would.
 */
export async function seedLongArticle(words: number): Promise<SeededLibrary> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-bench-editor-'));
  const core = createCore({ dataDir, settings: new JsonFileSettingsStore(dataDir), cipher: new InsecureTestCipher() });
  try {
    const hashes: string[] = [];
    for (let seed = 0; seed < 3; seed++) hashes.push((await core.media.import(await photo(seed), `anh-${seed + 1}.jpg`)).hash);
    await core.handlers.newsroom.setSettings({ sourcePrefix: 'QTO', defaultByline: 'Minh Đức', typography: { curlyQuotes: true, ellipsis: true } });
    const { body, ...shape } = longArticle({ words, media: hashes });
    const title = 'Quảng Trị: một năm nhìn lại chặng đường xây dựng nông thôn mới';
    const article = await core.handlers.articles.create({
      title,
      sapo: '(QTO) - Chiều nay 15/7/2020, UBND tỉnh tổ chức hội nghị tổng kết một năm thực hiện chương trình xây dựng nông thôn mới.',
      body: body as BodyDoc,
      byline: 'Minh Đức',
      category: 'Trong tỉnh',
      tags: ['Nông thôn mới', 'Quảng Trị'],
    });
    const html = stripBlockComments(renderPublishHtml(body, { resolveMedia: (hash) => ({ url: `/media/${hash}`, id: 1 }) }));
    return {
      dataDir,
      articleId: article.id,
      title,
      shape: { ...shape, jsonKiB: JSON.stringify(body).length / 1024 },
      html,
      photo: (hash) => (hashes.includes(hash) ? fs.readFileSync(core.media.pathOf(hash)) : undefined),
      remove: () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  } finally {
    core.close();
  }
}
