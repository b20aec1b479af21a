// The one Dexie instance the page uses; tests open their own with another name on fake-indexeddb.
import { DossierDb } from './schema';

let instance: DossierDb | null = null;

export function getDb(): DossierDb {
  instance ??= new DossierDb();
  return instance;
}
