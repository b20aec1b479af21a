// The work database as a whole: opening says whether it was just created; one that cannot be opened
// (written by a newer schema) rejects, and can be made again empty; every committed write is announced.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { createMatrix } from '../../../../src-renderer/src/db/ach';
import { createHighlight } from '../../../../src-renderer/src/db/highlights';
import { DossierDb } from '../../../../src-renderer/src/db/schema';
import { holdsNoWork, onWorkChanged, openWork, recreateWork } from '../../../../src-renderer/src/db/work-store';
import { LIB, newHighlight, resetFakeIndexedDb, uniqueDbName } from './fake-db';

/** IndexedDB fails to open this database, as Chromium's does on a damaged store, until it is deleted. */
function breakUntilDeleted(name: string): void {
  const factory = Dexie.dependencies.indexedDB as IDBFactory;
  let damaged = true;
  const open = factory.open.bind(factory);
  const remove = factory.deleteDatabase.bind(factory);
  factory.open = (db: string, version?: number) => {
    if (damaged && db === name) throw new DOMException('Internal error opening backing store', 'UnknownError');
    return open(db, version);
  };
  factory.deleteDatabase = (db: string) => {
    if (db === name) damaged = false;
    return remove(db);
  };
}

describe('openWork', () => {
  it('says the database is fresh only the first time it opens', async () => {
    resetFakeIndexedDb();
    const name = uniqueDbName();
    const first = new DossierDb(name);
    expect(await openWork(first)).toEqual({ fresh: true });
    expect(await holdsNoWork(first)).toBe(true); // the default colour names are not work
    await createHighlight(first, LIB, newHighlight());
    expect(await holdsNoWork(first)).toBe(false);
    first.close();
    const again = new DossierDb(name);
    expect(await openWork(again)).toEqual({ fresh: false });
    again.close();
  });

  it('counts an ACH matrix alone as work, so a profile holding one is not offered a snapshot', async () => {
    resetFakeIndexedDb();
    const db = new DossierDb(uniqueDbName());
    await openWork(db);
    await createMatrix(db, LIB, 'Will the talks go ahead?');
    expect(await holdsNoWork(db)).toBe(false);
    db.close();
  });

  it('rejects a database it cannot open, which can then be made again empty', async () => {
    resetFakeIndexedDb();
    const name = uniqueDbName();
    const damaged = new DossierDb(name);
    await createHighlight(damaged, LIB, newHighlight());
    damaged.close();
    breakUntilDeleted(name);

    const db = new DossierDb(name);
    await expect(openWork(db)).rejects.toThrow('Internal error opening backing store');
    expect(await recreateWork(db)).toEqual({ fresh: true });
    expect(await db.highlights.count()).toBe(0);
    expect(await db.palette.count()).toBe(5);
    db.close();
  });
});

describe('onWorkChanged', () => {
  it('announces every committed write to its own database, not to another', async () => {
    resetFakeIndexedDb();
    const mine = new DossierDb(uniqueDbName());
    const other = new DossierDb(uniqueDbName());
    await Promise.all([mine.open(), other.open()]);
    let calls = 0;
    const stop = onWorkChanged(mine, () => calls++);
    await createHighlight(other, LIB, newHighlight());
    expect(calls).toBe(0);
    await createHighlight(mine, LIB, newHighlight());
    expect(calls).toBe(1);
    stop();
    await createHighlight(mine, LIB, newHighlight());
    expect(calls).toBe(1);
    mine.close();
    other.close();
  });
});
