import sharp from 'sharp';
import { createCore, type Core } from '../../electron/main/core/createCore.ts';
import { InsecureTestCipher } from '../../electron/main/core/secrets/InsecureTestCipher.ts';
import { MemorySettingsStore } from '../../electron/main/core/settings/SettingsStore.ts';
import { tempDir } from '../support/core.ts';
import type { WordPressRole, WordPressSite } from '../wordpress/startWordPress.ts';
import { rest } from '../wordpress/rest.ts';

/** A laptop: the real core on its own library folder. Short request timeout so a hung site is noticed in tests. */
export function laptop(options: { requestTimeoutMs?: number } = {}): Core {
  const core = createCore({
    dataDir: tempDir('toasoan-laptop-'),
    settings: new MemorySettingsStore(),
    cipher: new InsecureTestCipher(),
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  });
  core.sync.setPublishingSettings({ syncIntervalMinutes: 0 });
  return core;
}

export async function connect(core: Core, site: WordPressSite, role: WordPressRole, url = site.url) {
  const user = site.users[role];
  return core.sites.connect({ url, username: user.login, appPassword: user.appPassword });
}

export interface EditPost {
  id: number;
  status: string;
  title: { raw: string };
  excerpt: { raw: string };
  content: { raw: string };
  categories: number[];
  tags: number[];
  featured_media: number;
  meta: Record<string, string>;
  toasoan_rev?: number;
  modified_gmt: string;
}

export async function postAsEditor(site: WordPressSite, id: number): Promise<EditPost> {
  const response = await rest<EditPost>(site, 'GET', `/wp/v2/posts/${id}?context=edit`, { as: 'editor' });
  if (response.status !== 200) throw new Error(`GET post ${id}: ${response.status}`);
  return response.body;
}

/** Every post on the site in any status, as an editor sees them. Ordered by id: by date, equal timestamps page unstably. */
export async function allPosts(site: WordPressSite): Promise<EditPost[]> {
  const posts: EditPost[] = [];
  for (let page = 1; page < 50; page++) {
    const response = await rest<EditPost[]>(site, 'GET', `/wp/v2/posts?context=edit&status=any&per_page=100&page=${page}&orderby=id&order=asc`, { as: 'editor' });
    if (response.status !== 200 || response.body.length === 0) break;
    posts.push(...response.body);
    if (response.body.length < 100) break;
  }
  return posts;
}

/** A camera-like photo: large, rotated by EXIF, with GPS coordinates that must not reach the site. */
export async function cameraJpeg(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'ToasoanCam', Model: 'PV-1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '16/1 49/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '107/1 6/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
