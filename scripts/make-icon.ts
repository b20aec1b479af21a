// Draws resources/icon.png (256x256: a page with a highlighted line) with Node built-ins only, so the
// icon can be redrawn anywhere: `npx tsx scripts/make-icon.ts`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4; // per axis, for anti-aliased edges

type Rgb = readonly [number, number, number];

interface Shape {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly radius: number;
  readonly color: Rgb;
}

const INK: Rgb = [0x22, 0x31, 0x3f];
const PAPER: Rgb = [0xf7, 0xf6, 0xf3];
const RULE: Rgb = [0x9a, 0xa5, 0xb1];
const MARKER: Rgb = [0xf2, 0xc1, 0x4e];

const rect = (x0: number, y0: number, x1: number, y1: number, color: Rgb, radius = 0): Shape => ({
  x0,
  y0,
  x1,
  y1,
  radius,
  color,
});

// Painted in order, later shapes over earlier ones.
const SHAPES: readonly Shape[] = [
  rect(8, 8, 248, 248, INK, 44),
  rect(64, 40, 192, 216, PAPER, 10),
  rect(84, 64, 172, 78, INK, 3),
  rect(84, 98, 172, 104, RULE, 3),
  rect(78, 116, 178, 134, MARKER, 4),
  rect(84, 122, 164, 128, INK, 3),
  rect(84, 146, 172, 152, RULE, 3),
  rect(84, 170, 150, 176, RULE, 3),
];

function inside(shape: Shape, x: number, y: number): boolean {
  if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false;
  const cx = Math.min(Math.max(x, shape.x0 + shape.radius), shape.x1 - shape.radius);
  const cy = Math.min(Math.max(y, shape.y0 + shape.radius), shape.y1 - shape.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= shape.radius ** 2;
}

function coverage(shape: Shape, px: number, py: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (inside(shape, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
    }
  }
  return hits / SAMPLES ** 2;
}

/** RGBA rows, each led by PNG filter byte 0 (none). */
function drawRows(): Buffer {
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 4));
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const shape of SHAPES) {
        const alpha = coverage(shape, x, y);
        if (alpha === 0) continue;
        // Source-over with straight alpha.
        const outA = alpha + a * (1 - alpha);
        const mix = (src: number, dst: number): number => (src * alpha + dst * a * (1 - alpha)) / outA;
        [r, g, b, a] = [mix(shape.color[0], r), mix(shape.color[1], g), mix(shape.color[2], b), outA];
      }
      rows.set([r, g, b, a * 255].map(Math.round), y * (1 + SIZE * 4) + 1 + x * 4);
    }
  }
  return rows;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(drawRows(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const target = resolve(__dirname, '../resources/icon.png');
writeFileSync(target, encodePng());
console.log(`wrote ${target}`);
