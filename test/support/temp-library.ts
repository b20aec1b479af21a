// Real temp folders for the main-process tests, and article text built from the seed article.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

export const SEED_FILE = fileURLToPath(new URL('../fixtures/articles/000_08978045df2b272e.txt', import.meta.url));

/** The real article: title, YYYYMMDD date, URL, then one paragraph per line. */
export const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');

const seedLines = SEED_TEXT.split(/\r\n|\r|\n/).filter((line) => line.length > 0);

export const SEED_TITLE = seedLines[0] ?? '';
export const SEED_DATE_RAW = seedLines[1] ?? '';
export const SEED_URL = seedLines[2] ?? '';
export const SEED_PARAGRAPHS: readonly string[] = seedLines.slice(3);

/** The seed article under a tagged title (so each variant has its own hash), with the first `paragraphs`. */
export function articleText(tag: string, paragraphs: number = SEED_PARAGRAPHS.length): string {
  const title = tag ? `${SEED_TITLE} [${tag}]` : SEED_TITLE;
  return `${[title, SEED_DATE_RAW, SEED_URL, ...SEED_PARAGRAPHS.slice(0, paragraphs)].join('\n')}\n`;
}

export function articleBytes(tag: string, paragraphs?: number): Uint8Array {
  return new TextEncoder().encode(articleText(tag, paragraphs));
}

/** A PNG-like header and NUL bytes: binary whatever its name says. */
export const BINARY_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);

/** Temp folders made through this are removed by cleanup(), which each test file calls in afterEach. */
export class TempDirs {
  private readonly made: string[] = [];

  async make(label: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `dossier-${label}-`));
    this.made.push(dir);
    return dir;
  }

  /** For every test of the calling file: a new folder handed to `take`, and every folder made removed after. */
  eachTest(label: string, take: (dir: string) => void): void {
    beforeEach(async () => take(await this.make(label)));
    afterEach(() => this.cleanup());
  }

  async cleanup(): Promise<void> {
    const dirs = this.made.splice(0);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

/** Writes a file at a forward-slash path under root, creating folders on the way. */
export async function put(root: string, id: string, content: string | Uint8Array): Promise<string> {
  const full = join(root, ...id.split('/'));
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, content);
  return full;
}
