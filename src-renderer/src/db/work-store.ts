// The work database as a whole: opened at startup (telling whether it was just created, so the page can
// offer a snapshot to a profile that lost its work), deleted and made again when it cannot be opened, and
// watched for any change so the work can be written to a snapshot.
import { Dexie, type ObservabilitySet } from 'dexie';
import { getDb } from './db';
import type { DossierDb } from './schema';

export interface OpenedWork {
  /** The database did not exist and was created empty now. */
  readonly fresh: boolean;
}

/** Opens the database; rejects when IndexedDB cannot open it (a damaged store, a newer schema). */
export async function openWork(db: DossierDb): Promise<OpenedWork> {
  let fresh = false;
  const created = (): void => {
    fresh = true;
  };
  db.on('populate', created);
  try {
    await db.open();
  } finally {
    db.on('populate').unsubscribe(created);
  }
  return { fresh };
}

/** Deletes a database that cannot be opened and creates it empty, ready for a snapshot's work. */
export async function recreateWork(db: DossierDb): Promise<OpenedWork> {
  await db.delete();
  await db.open();
  return { fresh: true };
}

/** True while the database holds no highlight, article note, brief or ACH matrix. */
export async function holdsNoWork(db: DossierDb): Promise<boolean> {
  const counts = await Promise.all([
    db.highlights.count(),
    db.articleAnnotations.count(),
    db.briefs.count(),
    db.achMatrices.count(),
  ]);
  return counts.every((n) => n === 0);
}

/** Calls `listener` after every committed write to this database (from this page or another); returns a stop. */
export function onWorkChanged(db: DossierDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const mutated = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', mutated);
  return () => Dexie.on('storagemutated').unsubscribe(mutated);
}

/** The page's own database's changes. */
export const onPageWorkChanged = (listener: () => void): (() => void) => onWorkChanged(getDb(), listener);
