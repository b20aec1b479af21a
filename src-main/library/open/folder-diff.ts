// Compares a library folder as scanned with what the library lists: the files to read (new, or changed
// since they were read) and the listed files the folder no longer holds. Pure.
import type { ArticleId, CatalogEntry } from '../../../src-preload/contract';
import type { ScannedFile } from '../scanner';

export interface FolderDiff {
  readonly stale: readonly ScannedFile[];
  readonly vanished: readonly ArticleId[];
}

/** What a diff needs of the list: each listed entry by id, and every listed id. */
export interface Listed {
  get(id: ArticleId): CatalogEntry | undefined;
  ids(): Iterable<ArticleId>;
}

/** Whether a listed entry still describes the file as scanned: same size, same modification time. */
export function unchanged(entry: CatalogEntry | undefined, file: ScannedFile): boolean {
  return entry !== undefined && entry.size === file.size && entry.mtimeMs === file.mtimeMs;
}

export function diffFolder(files: readonly ScannedFile[], listed: Listed): FolderDiff {
  const stale = files.filter((file) => !unchanged(listed.get(file.id), file));
  const onDisk = new Set(files.map((file) => file.id));
  const vanished = [...listed.ids()].filter((id) => !onDisk.has(id));
  return { stale, vanished };
}
