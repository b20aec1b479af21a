// Prepared statements cached per database handle (a batch of 100,000 upserts or a query per keystroke
// should not re-compile the same SQL), and named parameters bound by what each statement uses.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

export type Params = Record<string, SQLInputValue>;

/** Queries are built from filters, so there are many shapes; past this many the cache starts over. */
const MAX_PER_DB = 256;

interface Entry {
  readonly statement: StatementSync;
  readonly names: readonly string[];
}

const caches = new WeakMap<DatabaseSync, Map<string, Entry>>();

function entry(db: DatabaseSync, sql: string): Entry {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let found = cache.get(sql);
  if (!found) {
    if (cache.size >= MAX_PER_DB) cache.clear();
    const names = [...new Set([...sql.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1] ?? ''))];
    found = { statement: db.prepare(sql), names };
    cache.set(sql, found);
  }
  return found;
}

export function prepared(db: DatabaseSync, sql: string): StatementSync {
  return entry(db, sql).statement;
}

/** node:sqlite refuses unknown names, so callers may pass a shared set and each statement takes its own. */
function pick(names: readonly string[], params: Params): Params {
  const picked: Params = {};
  for (const name of names) {
    const value = params[name];
    if (value === undefined) throw new Error(`search: no value for :${name}`);
    picked[name] = value;
  }
  return picked;
}

export function allRows<T>(db: DatabaseSync, sql: string, params: Params): T[] {
  const { statement, names } = entry(db, sql);
  return statement.all(pick(names, params)) as unknown as T[];
}

export function oneRow<T>(db: DatabaseSync, sql: string, params: Params): T | undefined {
  const { statement, names } = entry(db, sql);
  return statement.get(pick(names, params)) as T | undefined;
}
