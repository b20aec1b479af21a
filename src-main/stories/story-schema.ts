// The story tables beside the catalog's `files` and the search index, in the same database: each article's
// signature (story_docs, in the order the library saw them), its LSH band keys (story_bands), the verified
// copy pairs (story_edges, both ways) and the stories, one row per group of two or more copies
// (story_clusters). Idempotent.
import type { DatabaseSync } from 'node:sqlite';

/** The connection's page cache, in KiB, once it keeps stories. */
const STORY_CACHE_KB = 32 * 1024;

export function createStorySchema(db: DatabaseSync): void {
  const existed = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'story_docs'").get();
  db.exec(`
    BEGIN;
    -- id: the order the library saw the text in (never reused); story: the story it is a copy in (or NULL);
    -- similarity: estimated Jaccard with the story's origin.
    CREATE TABLE IF NOT EXISTS story_docs (
      id INTEGER PRIMARY KEY AUTOINCREMENT, root TEXT NOT NULL, path TEXT NOT NULL,
      sig BLOB NOT NULL, shingles INTEGER NOT NULL, story INTEGER, similarity REAL,
      UNIQUE (root, path)
    );
    CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs (story) WHERE story IS NOT NULL;
    CREATE TABLE IF NOT EXISTS story_bands (key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc))
      WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS story_edges (
      a INTEGER NOT NULL, b INTEGER NOT NULL, jaccard REAL NOT NULL, PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    -- id: the story's earliest-seen copy; origin: its first publisher (story_docs.id).
    CREATE TABLE IF NOT EXISTS story_clusters (
      id INTEGER PRIMARY KEY, root TEXT NOT NULL, copies INTEGER NOT NULL, origin INTEGER NOT NULL
    );
    COMMIT;`);
  // The band keys are read and written at random across a table of tens of bytes per key: with SQLite's 2 MB
  // default page cache beside the text index, each probe missed it. 32 MB holds the band table of a large
  // library's hot pages (its memory counts in the stories' cost).
  db.exec(`PRAGMA cache_size = -${STORY_CACHE_KB}`);
  // A catalog indexed before stories existed reads its articles' text once more (search/pending.ts).
  if (!existed) db.exec('INSERT OR IGNORE INTO search_pending (root, path) SELECT root, path FROM search_docs');
}
