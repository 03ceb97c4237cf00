import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '../../../../shared/contract/errors.ts';
import type { MediaInfo } from '../../../../shared/domain/site.ts';
import type { Db } from '../db/Db.ts';
import type { Clock } from '../ports.ts';

const ACCEPTED_FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  heif: 'image/heic',
  tiff: 'image/tiff',
};

/** A camera JPEG can be 25 MB; decoding more than ~100 megapixels is a decompression bomb, not a photo. */
const MAX_PIXELS = 100_000_000;

interface MediaRow {
  hash: string;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  file_name: string;
  created_at: number;
}

const toInfo = (row: MediaRow): MediaInfo => ({
  hash: row.hash,
  mime: row.mime,
  width: row.width,
  height: row.height,
  bytes: row.bytes,
  fileName: row.file_name,
});

export interface UploadVariant {
  bytes: Uint8Array;
  mime: string;
  fileName: string;
}

/**
 * Photos as the reporter took them, kept content-addressed (SHA-256 of the
 * original bytes) under `<data>/media/ab/abcdef…`: the same photo added twice is
 * stored once, and the document refers to it by hash.
 */
export class MediaStore {
  private readonly db: Db;
  private readonly dir: string;
  private readonly clock: Clock;

  constructor(db: Db, dataDir: string, clock: Clock) {
    this.db = db;
    this.dir = path.join(dataDir, 'media');
    this.clock = clock;
  }

  pathOf(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError('Validation', 'bad media hash', { reason: 'invalidFormat' });
    return path.join(this.dir, hash.slice(0, 2), hash);
  }

  get(hash: string): MediaInfo | undefined {
    const row = this.db.prepare<[string], MediaRow>('SELECT * FROM media WHERE hash = ?').get(hash);
    return row === undefined ? undefined : toInfo(row);
  }

  async import(bytes: Uint8Array, fileName: string): Promise<MediaInfo> {
    let metadata: Metadata;
    try {
      metadata = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    } catch {
      throw new AppError('Validation', 'not an image', { reason: 'notAnImage' });
    }
    const mime = metadata.format === undefined ? undefined : ACCEPTED_FORMATS[metadata.format];
    if (mime === undefined) throw new AppError('Validation', `unsupported image ${metadata.format}`, { reason: 'notAnImage' });
    const hash = crypto.createHash('sha256').update(bytes).digest('hex');
    const existing = this.get(hash);
    if (existing !== undefined && fs.existsSync(this.pathOf(hash))) return existing;
    const file = this.pathOf(hash);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: a crash never leaves a truncated photo under its final name.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
    // EXIF orientation 5–8 means the stored pixels are rotated a quarter turn.
    const rotated = (metadata.orientation ?? 1) >= 5;
    const width = (rotated ? metadata.height : metadata.width) ?? null;
    const height = (rotated ? metadata.width : metadata.height) ?? null;
    this.db
      .prepare('INSERT OR REPLACE INTO media (hash, mime, bytes, width, height, file_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(hash, mime, bytes.byteLength, width, height, fileName.normalize('NFC'), this.clock.now());
    return this.get(hash) as MediaInfo;
  }

  read(hash: string): Buffer {
    return fs.readFileSync(this.pathOf(hash));
  }

  /**
   * What goes to the site: orientation applied, longest side capped, re-encoded,
   * and every metadata block dropped (sharp keeps none unless asked): EXIF, GPS,
   * XMP, IPTC. A reporter's location must not leak through a published photo.
   */
  async prepareForUpload(hash: string, options: { maxSide: number; jpegQuality: number }): Promise<UploadVariant> {
    const info = this.get(hash);
    if (info === undefined) throw new AppError('NotFound', `no media ${hash}`, { reason: 'mediaNotFound' });
    const source = sharp(this.read(hash), { limitInputPixels: MAX_PIXELS, animated: false })
      .rotate()
      .resize({ width: options.maxSide, height: options.maxSide, fit: 'inside', withoutEnlargement: true });
    const keepsAlpha = info.mime === 'image/png' || info.mime === 'image/gif' || info.mime === 'image/webp';
    const metadata = keepsAlpha ? await sharp(this.read(hash)).metadata() : undefined;
    const stem = info.fileName.replace(/\.[^.]*$/, '') || hash.slice(0, 12);
    if (metadata?.hasAlpha === true) {
      return { bytes: await source.png({ compressionLevel: 9 }).toBuffer(), mime: 'image/png', fileName: `${stem}.png` };
    }
    return {
      bytes: await source.jpeg({ quality: options.jpegQuality, mozjpeg: true }).toBuffer(),
      mime: 'image/jpeg',
      fileName: `${stem}.jpg`,
    };
  }

  remoteFor(hash: string, siteId: string): { id: number; url: string } | undefined {
    const row = this.db
      .prepare<[string, string], { remote_id: number; url: string }>('SELECT remote_id, url FROM media_remote WHERE hash = ? AND site_id = ?')
      .get(hash, siteId);
    return row === undefined ? undefined : { id: row.remote_id, url: row.url };
  }

  hashForRemote(siteId: string, remoteId: number): string | undefined {
    return this.db
      .prepare<[string, number], { hash: string }>('SELECT hash FROM media_remote WHERE site_id = ? AND remote_id = ?')
      .get(siteId, remoteId)?.hash;
  }

  recordUpload(hash: string, siteId: string, remote: { id: number; url: string }): void {
    this.db.prepare('INSERT OR REPLACE INTO media_remote (hash, site_id, remote_id, url) VALUES (?, ?, ?, ?)').run(hash, siteId, remote.id, remote.url);
  }
}
