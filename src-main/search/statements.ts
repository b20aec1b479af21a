// Prepared statements cached per database handle: a batch of 100,000 upserts or a query per keystroke
// should not re-compile the same SQL each time.
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Queries are built from filters, so there are many shapes; past this many the cache starts over. */
const MAX_PER_DB = 256;

const caches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

export function prepared(db: DatabaseSync, sql: string): StatementSync {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_PER_DB) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
