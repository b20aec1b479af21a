// The catalog is a cache: one that cannot be opened or turns out corrupt is never a reason not to start.
// Its file (with its WAL and shared-memory files) is moved aside as catalog.sqlite.corrupt-<time>, a new
// one is made, and the library fills it again from the folder. Runs where the store runs (the worker).
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode } from '../library/fs-errors';
import { LocalCatalogStore, type LocalStoreOptions } from './local-catalog-store';

/** A catalog moved aside and replaced; where it went, or null when it could not be moved (then in memory). */
export interface CatalogSetAside {
  readonly kind: 'catalog-set-aside';
  /** What was wrong with it, as SQLite or the file system said ("file is not a database"). */
  readonly reason: string;
  readonly movedTo: string | null;
  /** The new catalog could not be made on disk: this run keeps it in memory and the next start tries again. */
  readonly inMemory: boolean;
}

/** SQLite's codes for a file that is not, or no longer, a sound database: SQLITE_CORRUPT and SQLITE_NOTADB. */
const CORRUPT_CODES: ReadonlySet<number> = new Set([11, 26]);
/** SQLITE_BUSY and SQLITE_LOCKED: another connection holds the file, which is no reason to move it. */
const BUSY_CODES: ReadonlySet<number> = new Set([5, 6]);
const SIDE_FILES = ['-wal', '-shm'] as const;
/** Corrupt copies kept for a look: the newest few, so a catalog that keeps going bad cannot fill the disk. */
const KEEP_SET_ASIDE = 2;

/** node:sqlite's error code (errcode) of an error, or null when it is not one of SQLite's. */
export function sqliteCode(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code : null;
}

/** Whether an error says the database file itself is damaged (not a full disk or a busy file). */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== null && CORRUPT_CODES.has(code);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Opens the catalog at `file`; one that cannot be opened is set aside and replaced (told to `onSetAside`). */
export function openCatalogStore(
  file: string,
  options: LocalStoreOptions,
  onSetAside: (event: CatalogSetAside) => void,
  now: () => Date = () => new Date(),
): LocalCatalogStore {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    return new LocalCatalogStore(file, options);
  } catch (error) {
    const code = sqliteCode(error);
    if (file === ':memory:' || (code !== null && BUSY_CODES.has(code))) throw error;
    return replaceCatalog(file, options, describe(error), onSetAside, now);
  }
}

/** Moves the catalog at `file` aside and opens a new one there (in memory if that fails too). */
export function replaceCatalog(
  file: string,
  options: LocalStoreOptions,
  reason: string,
  onSetAside: (event: CatalogSetAside) => void,
  now: () => Date = () => new Date(),
): LocalCatalogStore {
  let movedTo: string | null = null;
  let store: LocalCatalogStore | null = null;
  try {
    movedTo = setAside(file, now());
    store = new LocalCatalogStore(file, options);
  } catch {
    store = new LocalCatalogStore(':memory:', options);
  }
  onSetAside({ kind: 'catalog-set-aside', reason, movedTo, inMemory: store.inMemory });
  return store;
}

/**
 * Renames the file and its side files to `<file>.corrupt-<time>`, and removes older copies beyond the
 * newest few. Returns the new name, or null when there was no file to move.
 */
export function setAside(file: string, at: Date): string | null {
  const target = `${file}.corrupt-${at.toISOString().replace(/[:.]/g, '-')}`;
  let moved: string | null = target;
  try {
    renameSync(file, target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    moved = null;
  }
  for (const suffix of SIDE_FILES) {
    try {
      renameSync(file + suffix, target + suffix);
    } catch (error) {
      // A side file left behind would be read into the new catalog: it goes, one way or the other.
      if (errorCode(error) !== 'ENOENT') rmSync(file + suffix, { force: true });
    }
  }
  pruneSetAside(file);
  return moved;
}

function pruneSetAside(file: string): void {
  const prefix = `${basename(file)}.corrupt-`;
  const copies = readdirSync(dirname(file))
    .filter((name) => name.startsWith(prefix) && !SIDE_FILES.some((suffix) => name.endsWith(suffix)))
    .toSorted();
  for (const name of copies.slice(0, -KEEP_SET_ASIDE)) {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(join(dirname(file), name + suffix), { force: true });
  }
}
