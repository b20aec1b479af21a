// The page's work database as the end-to-end tests reach it: every record read straight from IndexedDB
// (to compare whole databases) or written there, the database wiped from the page, IndexedDB made to fail
// as a damaged store does, and waiting for the snapshot main keeps of the work.
import type { Page } from '@playwright/test';
import type { WorkCounts } from '../../src-preload/contract';
import type { DossierHost } from './host/dossier-host';
import { expect } from './fixtures';

export const WORK_STORES = [
  'highlights',
  'articleAnnotations',
  'briefs',
  'palette',
  'sources',
  'highlightLinks',
  'achMatrices',
] as const;

export type WorkRecords = Record<(typeof WORK_STORES)[number], unknown[]>;

/** Every record of every work store, in key order, read with IndexedDB itself (not the app's code). */
export function readWorkDb(page: Page): Promise<WorkRecords> {
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      const all = async (store: string): Promise<unknown[]> =>
        new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      const out: Record<string, unknown[]> = {};
      for (const store of stores) out[store] = await all(store);
      return out as WorkRecords;
    } finally {
      db.close();
    }
  }, WORK_STORES);
}

/**
 * Writes records into a work store with IndexedDB itself, as work another part of the app keeps there would
 * be (the app's live queries do not see it until its next change of the work).
 */
export function putWorkRecords(page: Page, store: (typeof WORK_STORES)[number], records: unknown[]): Promise<void> {
  return page.evaluate(
    async ({ name, puts }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(name, 'readwrite');
          for (const record of puts) transaction.objectStore(name).put(record);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        });
      } finally {
        db.close();
      }
    },
    { name: store, puts: records },
  );
}

/** Deletes the work database from the page, as clearing the browser data or an eviction would. */
export async function wipeWorkDb(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('dossier');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
}

/** From the next load on, IndexedDB fails to open the work database (as Chromium does on a damaged store)
 * until it is deleted. */
export async function breakWorkDbUntilDeleted(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let damaged = true;
    const open = IDBFactory.prototype.open;
    const remove = IDBFactory.prototype.deleteDatabase;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (damaged && name === 'dossier') {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      }
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
    IDBFactory.prototype.deleteDatabase = function (this: IDBFactory, name: string) {
      if (name === 'dossier') damaged = false;
      return remove.call(this, name);
    };
  });
}

/**
 * Waits until main's latest snapshot holds this much work (autosave writes it two seconds after a change); no
 * ACH matrices unless `counts` says how many.
 */
export async function latestSnapshotHolds(
  host: DossierHost,
  counts: Omit<WorkCounts, 'matrices'> & Partial<Pick<WorkCounts, 'matrices'>>,
): Promise<void> {
  await expect
    .poll(async () => (await host.snapshots.list()).snapshots[0]?.counts, { timeout: 20_000 })
    .toEqual({ matrices: 0, ...counts });
}
