// Copies incoming article files into the library folder, byte for byte: refuses what is not an article of a
// format the library reads (each is parsed first, as the library will), skips content already in the
// library (a feed whose every item is there), and never overwrites a file (a taken name gets " (2)",
// " (3)" ...). Each file is written atomically, so a failed write (a full disk) leaves no partial article
// for the watcher to list.
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ImportReport, IncomingFile } from '../../src-preload/contract';
import { IMPORT_LIMITS, joinReports, planImport } from '../../src-shared/import-batches';
import { maxBytesForFile, parseFile } from '../articles/formats/parse-file';
import { tooLargeMessage } from '../articles/parse';
import { ARTICLE_EXTENSIONS, isArticleFileName } from '../articles/types';
import { WriteFailedError, writeFileAtomic, type AtomicFileOps } from '../files/atomic-write';
import { readRegularFile, refusalReason } from '../files/read-regular-file';
import { isHiddenOrTemp } from './file-filter';

export interface ImportTarget {
  readonly root: string;
  readonly maxBytes: number;
  /** Id of a library file with this content hash, if there is one. */
  findByHash(hash: string): Promise<string | null> | string | null;
  /** The file operations writes use; tests inject a full disk through them. */
  readonly ops?: AtomicFileOps;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

export async function importFiles(target: ImportTarget, files: readonly IncomingFile[]): Promise<ImportReport> {
  const report: Mutable<ImportReport> = { added: [], duplicates: [], refused: [] };
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = safeFileName(file.name);
    const refusal = refusalFor(name, file.bytes.length, target.maxBytes);
    if (refusal) {
      report.refused.push({ name: file.name, reason: refusal });
      continue;
    }
    const parsed = await parseFile(file.bytes, { fileName: name, maxBytes: target.maxBytes });
    if (!parsed.ok) {
      report.refused.push({ name: file.name, reason: `not readable as an article: ${parsed.error}` });
      continue;
    }
    const hashes = parsed.articles.map((article) => article.hash);
    const existing = await alreadyHeld(hashes, target, seen);
    if (existing !== null) {
      report.duplicates.push({ name: file.name, existingId: existing });
      continue;
    }
    let id: string;
    try {
      id = await writeUnderFreeName(target.root, name, file.bytes, target.ops);
    } catch (error) {
      // One file that cannot be written (full disk, no permission) must not lose the report on the rest.
      report.refused.push({ name: file.name, reason: writeRefusal(error) });
      continue;
    }
    for (const hash of hashes) seen.set(hash, id);
    report.added.push({ name: file.name, id });
  }
  return report;
}

/**
 * Where the library (or this import) already holds every article of the file, the first one's id; else null.
 * A feed with one new item is added: its other items are listed twice, under each file.
 */
async function alreadyHeld(
  hashes: readonly string[],
  target: ImportTarget,
  seen: ReadonlyMap<string, string>,
): Promise<string | null> {
  let first: string | null = null;
  for (const hash of hashes) {
    const existing = (await target.findByHash(hash)) ?? seen.get(hash) ?? null;
    if (existing === null) return null;
    first ??= existing;
  }
  return first;
}

export interface PickedFiles {
  readonly files: IncomingFile[];
  readonly unreadable: { name: string; reason: string }[];
}

/**
 * Imports files picked by path a bounded batch at a time (import-batches.ts), so picking thousands of files
 * never holds them all in memory; each file is sized up by its path first, and refused by that size alone.
 */
export async function importPickedPaths(
  paths: readonly string[],
  maxBytes: number,
  importBatch: (files: IncomingFile[]) => Promise<ImportReport>,
): Promise<ImportReport> {
  const sized = await Promise.all(
    paths.map(async (path) => ({
      path,
      name: basename(path),
      size: await stat(path).then(
        (info) => info.size,
        () => 0,
      ),
    })),
  );
  // The planner allows each format its own multiple of the text limit (src-shared/file-formats.ts).
  const { batches, refused } = planImport(sized, { ...IMPORT_LIMITS, maxFileBytes: maxBytes });
  const reports: ImportReport[] = [{ added: [], duplicates: [], refused: [...refused] }];
  for (const batch of batches) {
    const { files, unreadable } = await readPickedFiles(
      batch.map((file) => file.path),
      maxBytes,
    );
    const report = await importBatch(files);
    reports.push({ ...report, refused: [...unreadable, ...report.refused] });
  }
  return joinReports(reports);
}

/** Reads files picked by path, sizing each up first: the dialog also offers "All files", which may be huge. */
export async function readPickedFiles(paths: readonly string[], maxBytes: number): Promise<PickedFiles> {
  const picked: PickedFiles = { files: [], unreadable: [] };
  for (const path of paths) {
    const name = basename(path);
    const limit = maxBytesForFile(name, maxBytes);
    try {
      const read = await readRegularFile(path, limit);
      if (read.ok) picked.files.push({ name, bytes: read.bytes });
      else picked.unreadable.push({ name, reason: refusalReason(read, (size) => tooLargeMessage(size, limit)) });
    } catch (error) {
      picked.unreadable.push({ name, reason: `could not be read: ${(error as Error).message}` });
    }
  }
  return picked;
}

function refusalFor(name: string, size: number, maxBytes: number): string | null {
  if (!name) return 'the file has no usable name';
  if (isHiddenOrTemp(name)) return 'hidden and temporary files are not added';
  if (!isArticleFileName(name)) return `not an article file: Dossier reads ${ARTICLE_EXTENSIONS.join(', ')} files`;
  const limit = maxBytesForFile(name, maxBytes);
  if (size > limit) return tooLargeMessage(size, limit);
  return null;
}

/** Room for " (999)" under the 255-byte name limit of common file systems. */
const MAX_NAME_BYTES = 200;

/** Keeps only the last path segment, without characters that are unsafe in file names anywhere. */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return fitName(last.replace(/[\u0000-\u001f<>:"|?*]/g, '').replace(/^[\s.]+|[\s.]+$/g, ''), MAX_NAME_BYTES);
}

/** Shortens the stem, never the extension and never inside a character, until the UTF-8 name fits. */
function fitName(name: string, maxBytes: number): string {
  if (Buffer.byteLength(name) <= maxBytes) return name;
  const ext = extname(name);
  const keptExt = Buffer.byteLength(ext) <= maxBytes / 2 ? ext : '';
  let stem = '';
  let bytes = Buffer.byteLength(keptExt);
  for (const char of name.slice(0, name.length - ext.length)) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    stem += char;
  }
  return `${stem.trimEnd()}${keptExt}`;
}

function writeRefusal(error: unknown): string {
  const reason = error instanceof WriteFailedError ? error.reason : String(error);
  return `could not be written: ${reason}; nothing of it was left in the library`;
}

async function writeUnderFreeName(root: string, name: string, bytes: Uint8Array, ops?: AtomicFileOps): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    try {
      await writeFileAtomic(join(root, candidate), bytes, { exclusive: true, ops });
      return candidate;
    } catch (error) {
      if (!(error instanceof WriteFailedError) || error.code !== 'EEXIST') throw error;
    }
  }
}
