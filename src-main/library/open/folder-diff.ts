// Compares a library folder as scanned with what the library lists, file by file (a feed's items stand or
// fall with their file): the files to read (new, or changed since they were read) and the listed files the
// folder no longer holds. Pure.
import type { CatalogEntry } from '../../../src-preload/contract';
import type { ScannedFile } from '../scanner';

export interface FolderDiff {
  readonly stale: readonly ScannedFile[];
  /** The ids of files listed but gone (a feed's id stands for all its items). */
  readonly vanished: readonly string[];
}

/** What a diff needs of the list: an entry of each listed file, and every listed file's id. */
export interface Listed {
  ofFile(fileId: string): CatalogEntry | undefined;
  fileIds(): Iterable<string>;
}

/** Whether a listed entry still describes the file as scanned: same size, same modification time. */
export function unchanged(entry: CatalogEntry | undefined, file: ScannedFile): boolean {
  return entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;
}

export function diffFolder(files: readonly ScannedFile[], listed: Listed): FolderDiff {
  const stale = files.filter((file) => !unchanged(listed.ofFile(file.id), file));
  const onDisk = new Set(files.map((file) => file.id));
  const vanished = [...listed.fileIds()].filter((id) => !onDisk.has(id));
  return { stale, vanished };
}
