// A library's fingerprint is a sample of its content: the smallest of its files' content hashes (a bottom-k
// sketch), the same sample wherever the folder lives and whatever it is called. A folder matches a known
// library when most of that sample is among its files and most of its files are that library's.
export const SAMPLE_SIZE = 64;

/** A folder is taken for a known library when both shares below reach this. */
export const MATCH_THRESHOLD = 0.5;

/** The `size` smallest distinct hashes: a uniform sample of the contents, stable as files come and go. */
export function sampleOf(hashes: Iterable<string>, size = SAMPLE_SIZE): string[] {
  return [...new Set(hashes)].sort().slice(0, size);
}

/** How many distinct contents a library holds (two copies of one file are one content). */
export function contentCount(hashes: Iterable<string>): number {
  return new Set(hashes).size;
}

export interface Fingerprint {
  /** Distinct contents when last read. */
  readonly contents: number;
  readonly sample: readonly string[];
}

/**
 * How well a folder of `contents` distinct contents matches a known library, of which `found` sampled
 * hashes are in the folder: the lesser of the share of the known library still there and the share of
 * the folder that is the known library's (so a large archive that merely includes it does not match).
 */
export function matchScore(known: Fingerprint, found: number, contents: number): number {
  if (known.sample.length === 0 || contents === 0) return 0;
  const kept = found / known.sample.length;
  const overlap = kept * known.contents;
  return Math.min(kept, overlap / contents, 1);
}

export interface Scored<T> {
  readonly library: T;
  readonly score: number;
}

/** The best-scoring library at or above the threshold, or null. Ties go to the first. */
export function bestMatch<T>(scored: readonly Scored<T>[]): T | null {
  let best: Scored<T> | null = null;
  for (const entry of scored) {
    if (entry.score >= MATCH_THRESHOLD && (best === null || entry.score > best.score)) best = entry;
  }
  return best?.library ?? null;
}
