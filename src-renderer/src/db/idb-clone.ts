// A whole IndexedDB database as data and back, whatever the app's schema of the day: its stores, key
// paths, indexes and every record. It moves the work the page kept under its old file:// origin to
// app://dossier (main keeps the data between the two, src-main/services/legacy-work.ts), and nothing else.
import type { LegacyDatabase, LegacyStore } from '../../../src-preload/contract';

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('an IndexedDB request failed')));
  });
}

/** Every database this origin holds, each with its schema and records. Creates none. */
export async function dumpDatabases(factory: IDBFactory): Promise<LegacyDatabase[]> {
  const dumps: LegacyDatabase[] = [];
  for (const { name } of await factory.databases()) {
    if (!name) continue;
    const db = await settle(factory.open(name));
    try {
      dumps.push(await dumpDatabase(db));
    } finally {
      db.close();
    }
  }
  return dumps;
}

async function dumpDatabase(db: IDBDatabase): Promise<LegacyDatabase> {
  const names = [...db.objectStoreNames];
  if (names.length === 0) return { name: db.name, version: db.version, stores: [] };
  const transaction = db.transaction(names, 'readonly');
  const stores = await Promise.all(
    names.map(async (name): Promise<LegacyStore> => {
      const store = transaction.objectStore(name);
      const records = await settle(store.getAll());
      const keys = store.keyPath === null ? await settle(store.getAllKeys()) : null;
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records, keys };
    }),
  );
  return { name: db.name, version: db.version, stores };
}

/**
 * Makes each database again, at its own version, schema and records, unless this origin already has one of
 * that name (work made here is never overwritten). Returns the names made. A database is made in one
 * upgrade transaction: one record that cannot be written leaves no database at all.
 */
export async function restoreDatabases(factory: IDBFactory, databases: readonly LegacyDatabase[]): Promise<string[]> {
  const existing = new Set((await factory.databases()).map((info) => info.name));
  const made: string[] = [];
  for (const database of databases) {
    if (existing.has(database.name)) continue;
    await restoreDatabase(factory, database);
    made.push(database.name);
  }
  return made;
}

function restoreDatabase(factory: IDBFactory, database: LegacyDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(database.name, database.version);
    opening.addEventListener('upgradeneeded', () => {
      for (const store of database.stores) {
        const keyPath = store.keyPath === null ? null : copyPath(store.keyPath);
        const made = opening.result.createObjectStore(store.name, { keyPath, autoIncrement: store.autoIncrement });
        for (const { name, keyPath: path, unique, multiEntry } of store.indexes) {
          made.createIndex(name, copyPath(path), { unique, multiEntry });
        }
        store.records.forEach((record, i) => {
          if (store.keys) made.put(record, store.keys[i] as IDBValidKey);
          else made.put(record);
        });
      }
    });
    opening.addEventListener('success', () => {
      opening.result.close();
      resolve();
    });
    opening.addEventListener('error', () =>
      reject(opening.error ?? new Error(`${database.name} could not be made again`)),
    );
    opening.addEventListener('blocked', () => reject(new Error(`${database.name} is open elsewhere`)));
  });
}

function copyPath(path: string | readonly string[]): string | string[] {
  return typeof path === 'string' ? path : [...path];
}
