// Binds the named queries of db/ to the page's database: features ask for what they need by name (useLive
// for a result that stays current, inDb for a one-off read or a write) and never hold the Dexie instance.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from './db';
import type { DossierDb } from './schema';

type Query<A extends readonly unknown[], R> = (db: DossierDb, ...args: A) => Promise<R>;

/** The query's answer, updated whenever the tables it read change; undefined until the first answer. */
export function useLive<A extends readonly unknown[], R>(query: Query<A, R>, ...args: A): R | undefined {
  // The query and its arguments are what the answer depends on.
  return useLiveQuery(() => query(getDb(), ...args), [query, ...args]);
}

export function inDb<A extends readonly unknown[], R>(operation: Query<A, R>, ...args: A): Promise<R> {
  return operation(getDb(), ...args);
}
