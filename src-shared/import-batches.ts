// How dropped files travel to main: the largest article the library reads (the page refuses a larger file
// by its size, before reading it) and the most one import call carries, so a drop of thousands of files is
// sent a bounded batch at a time rather than as one message that must fit in memory at once. The page
// batches dropped files this way, main the files picked in its own dialog.
import type { ImportReport } from '../src-preload/contract';
import { maxBytesForFile } from './file-formats';

/**
 * Matches main's DEFAULT_MAX_ARTICLE_BYTES (src-main/articles/types.ts); a unit test keeps them equal. Other
 * formats than text may be a multiple of it (file-formats.ts).
 */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

export interface ImportBatchLimits {
  readonly maxFileBytes: number;
  readonly batchBytes: number;
  readonly batchFiles: number;
  /** The longest file name main accepts (IncomingFileSchema). */
  readonly nameChars: number;
}

export const IMPORT_LIMITS: ImportBatchLimits = {
  maxFileBytes: MAX_ARTICLE_BYTES,
  batchBytes: 8 * 1024 * 1024,
  batchFiles: 50,
  nameChars: 1024,
};

export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The reason a file too large to add is refused; it was never read. */
export function tooLargeToAdd(size: number, maxBytes: number): string {
  return `file too large: ${sizeLabel(size)} (the limit is ${sizeLabel(maxBytes)}); it was not read`;
}

export interface SizedFile {
  readonly name: string;
  readonly size: number;
}

export interface ImportPlan<F extends SizedFile> {
  /** Files to send, a batch per import call, in the order given. */
  readonly batches: readonly (readonly F[])[];
  readonly refused: readonly { readonly name: string; readonly reason: string }[];
}

/** Refuses, by name and size alone, what main would refuse anyway, and groups the rest into batches. */
export function planImport<F extends SizedFile>(files: readonly F[], limits = IMPORT_LIMITS): ImportPlan<F> {
  const batches: F[][] = [];
  const refused: { name: string; reason: string }[] = [];
  let batch: F[] = [];
  let batchBytes = 0;
  for (const file of files) {
    if (file.name.length > limits.nameChars) {
      refused.push({ name: `${file.name.slice(0, 60)}…`, reason: 'the file name is too long' });
      continue;
    }
    // A PDF or a saved page may be larger than a text article (file-formats.ts says how much).
    const maxBytes = maxBytesForFile(file.name, limits.maxFileBytes);
    if (file.size > maxBytes) {
      refused.push({ name: file.name, reason: tooLargeToAdd(file.size, maxBytes) });
      continue;
    }
    if (batch.length > 0 && (batch.length >= limits.batchFiles || batchBytes + file.size > limits.batchBytes)) {
      batches.push(batch);
      batch = [];
      batchBytes = 0;
    }
    batch.push(file);
    batchBytes += file.size;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, refused };
}

/** One report for a whole import made of several calls. */
export function joinReports(reports: readonly ImportReport[]): ImportReport {
  return {
    added: reports.flatMap((report) => report.added),
    duplicates: reports.flatMap((report) => report.duplicates),
    refused: reports.flatMap((report) => report.refused),
  };
}
