/**
 * Draws the app icon: a folded sheet of newsprint with a red masthead "T" on a
 * deep newsroom-red rounded square. Pure Node (zlib + our own PNG chunks), so
 * it runs anywhere the repo does: `npx node build/make-icon.ts`.
 *
 * Shapes are signed distance functions in a 512-unit design space; a pixel's
 * coverage is how far its centre is inside the edge, which antialiases every
 * size from 16 px up without supersampling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

type Rgb = readonly [number, number, number];
/** Distance in design units to the shape's edge: negative inside, positive outside. */
type Sdf = (x: number, y: number) => number;

const DESIGN = 512;
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;

const RED_TOP: Rgb = [0xc8, 0x1d, 0x25];
const RED_BOTTOM: Rgb = [0x8f, 0x0c, 0x14];
const PAPER: Rgb = [0xfb, 0xf8, 0xf3];
const FOLD: Rgb = [0xe4, 0xd6, 0xcc];
const INK_RED: Rgb = [0xb3, 0x12, 0x1b];
const TEXT_LINE: Rgb = [0xc9, 0xbc, 0xb4];

function roundRect(left: number, top: number, right: number, bottom: number, radius: number): Sdf {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const hx = (right - left) / 2 - radius;
  const hy = (bottom - top) / 2 - radius;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
  };
}

const intersect =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.max(...shapes.map((shape) => shape(x, y)));
const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((shape) => shape(x, y)));
/** Half-plane a·x + b·y <= c, with (a, b) normalised so the distance is in design units. */
function halfPlane(a: number, b: number, c: number): Sdf {
  const length = Math.hypot(a, b);
  return (x, y) => (a * x + b * y - c) / length;
}

// The sheet, with its top-right corner folded down along the diagonal x - y = foldLine.
const SHEET = { left: 136, top: 96, right: 376, bottom: 416 } as const;
const FOLD_SIZE = 60;
const foldLine = SHEET.right - FOLD_SIZE - SHEET.top;
const sheet = intersect(roundRect(SHEET.left, SHEET.top, SHEET.right, SHEET.bottom, 14), halfPlane(1, -1, foldLine));
const fold = intersect(
  halfPlane(-1, 0, -(SHEET.right - FOLD_SIZE)),
  halfPlane(0, 1, SHEET.top + FOLD_SIZE),
  halfPlane(1, -1, foldLine),
);
const shadow: Sdf = (x, y) => sheet(x - 4, y - 10);

// The masthead T and three lines of body text under it.
const letterT = union(roundRect(176, 162, 336, 208, 6), roundRect(233, 162, 279, 304, 6));
const textLines = union(
  roundRect(176, 328, 336, 342, 7),
  roundRect(176, 352, 336, 366, 7),
  roundRect(176, 376, 290, 390, 7),
);
const background = roundRect(16, 16, 496, 496, 108);

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Straight-alpha RGBA pixels of the icon at `size` × `size`. */
export function renderIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = DESIGN / size;
  // Half a pixel, in design units: the width of the antialiased edge.
  const edge = scale / 2;
  const coverage = (d: number): number => Math.min(1, Math.max(0, (edge - d) / (2 * edge)));

  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      const base = coverage(background(x, y));
      if (base === 0) continue;
      let color = mix(RED_TOP, RED_BOTTOM, y / DESIGN);
      // A soft shadow: opacity falls off over 18 units outside the offset sheet.
      const shade = 0.35 * Math.min(1, Math.max(0, 1 - (shadow(x, y) + 2) / 18));
      color = mix(color, [0x40, 0x00, 0x05], shade);
      color = mix(color, PAPER, coverage(sheet(x, y)));
      color = mix(color, FOLD, coverage(fold(x, y)));
      color = mix(color, TEXT_LINE, coverage(textLines(x, y)));
      color = mix(color, INK_RED, coverage(letterT(x, y)));
      const i = (py * size + px) * 4;
      pixels[i] = Math.round(color[0]);
      pixels[i + 1] = Math.round(color[1]);
      pixels[i + 2] = Math.round(color[2]);
      pixels[i + 3] = Math.round(base * 255);
    }
  }
  return pixels;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG, every row with filter 0 (none): small enough for an icon, trivially correct. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function main(): void {
  const buildDir = path.dirname(fileURLToPath(import.meta.url));
  const iconsDir = path.join(buildDir, 'icons');
  fs.mkdirSync(iconsDir, { recursive: true });
  for (const size of LINUX_SIZES) {
    const png = encodePng(size, renderIcon(size));
    // electron-builder's Linux icon set is a folder of `<size>x<size>.png`.
    fs.writeFileSync(path.join(iconsDir, `${size}x${size}.png`), png);
    if (size === 512) fs.writeFileSync(path.join(buildDir, 'icon.png'), png);
  }
  console.log(`wrote build/icon.png and ${LINUX_SIZES.length} sizes in build/icons/`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
