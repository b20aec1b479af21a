// The bench's generated libraries: each size is built once, on first use, and shared by every section that
// measures at that size (the library, the watchers, the page's heap); all are removed when the bench ends.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { loadCorpusSources, type CorpusSources } from '../corpus/corpus-sources';
import { buildLibrary, type BuiltLibrary } from '../corpus/library-builder';
import { round } from './stats';

const CACHE = resolve(__dirname, '../../.bench-cache');

/** Flushes written data to disk, so the writeback of one step does not slow the next one's reads. */
export const sync = (): Promise<unknown> => promisify(execFile)('sync');
const out = (text: string): void => void process.stdout.write(text);
const kb = (bytes: number): string => `${round(bytes / 1024, 1)} KB`;

export class BenchLibraries {
  private sources: CorpusSources | null = null;
  private readonly built = new Map<number, Promise<BuiltLibrary>>();
  /** Removed only at the end: deleting a large folder (discards on this disk) would stall the next step. */
  private readonly temporary: string[] = [];

  /** The corpus text, loaded once (the first call may fetch Reuters with apt-get download). */
  async corpus(): Promise<CorpusSources> {
    this.sources ??= await loadCorpusSources(CACHE);
    return this.sources;
  }

  /** A folder the bench may write in, removed with the libraries. */
  async scratch(label: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `dossier-bench-${label}-`));
    this.temporary.push(dir);
    return dir;
  }

  /** The library of `size` articles, built (and flushed to disk) the first time it is asked for. */
  library(size: number): Promise<BuiltLibrary> {
    let built = this.built.get(size);
    if (!built) {
      built = this.build(size);
      this.built.set(size, built);
    }
    return built;
  }

  private async build(size: number): Promise<BuiltLibrary> {
    const sources = await this.corpus();
    const root = await this.scratch(`library-${size}`);
    const started = performance.now();
    const library = await buildLibrary(root, size, sources);
    await sync();
    const s = library.sizes;
    const fileSizes = `min ${kb(s.min)}, p5 ${kb(s.p5)}, median ${kb(s.median)}, p95 ${kb(s.p95)}, max ${kb(s.max)}`;
    const megabytes = round(library.bytes / 2 ** 20, 1);
    const flushS = round((performance.now() - started - library.buildMs) / 1000, 1);
    out(
      `\n  [library of ${size.toLocaleString('en-US')} files, ${megabytes} MB (file sizes: ${fileSizes}); ` +
        `built in ${round(library.buildMs / 1000, 1)} s, flushed in ${flushS} s, neither part of any figure]\n`,
    );
    return library;
  }

  async removeAll(): Promise<void> {
    for (const dir of this.temporary.splice(0)) await rm(dir, { recursive: true, force: true });
    this.built.clear();
  }
}
