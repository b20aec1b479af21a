// The search tables that live beside the catalog's `files` table: article text, the analyst's annotations
// (text for matching, plain rows for filters) and vocabularies for typo tolerance. Idempotent.
import type { DatabaseSync } from 'node:sqlite';
import { createSourceGradesTable } from './source-grades';
import { migrateTextForm, textFormCurrent, TEXT_FORM } from './text-migration';

/**
 * The tables are fed text already folded (text-form.ts), so the tokenizer only splits it into words: letters,
 * digits and combining marks (a word in Hindi keeps its vowel signs) make words, anything else parts them.
 */
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"`;

export function createSearchSchema(db: DatabaseSync): void {
  db.exec('SAVEPOINT search_schema');
  try {
    createTables(db);
    db.exec('RELEASE search_schema');
  } catch (error) {
    db.exec('ROLLBACK TO search_schema; RELEASE search_schema');
    throw error;
  }
  createListIndexes(db);
}

function createTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS search_roots (id INTEGER PRIMARY KEY, root TEXT NOT NULL UNIQUE);
    -- ids are allocated in blocks per root (roots.ts).
    CREATE TABLE IF NOT EXISTS search_docs (
      id INTEGER PRIMARY KEY, root TEXT NOT NULL, path TEXT NOT NULL, folder TEXT NOT NULL,
      UNIQUE (root, path)
    );
    -- The same vocabulary as a plain table for typo candidates, looked up by length and first letter (terms.ts).
    CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS search_terms_length ON search_terms (length(term), term, docs);
    CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    -- A catalog indexed before search_terms existed starts with its vocabulary to be rebuilt.
    INSERT OR IGNORE INTO search_state (key, value) VALUES ('terms_stale', EXISTS (SELECT 1 FROM search_docs));
    -- Catalogued articles whose text is still to be indexed (pending.ts).
    CREATE TABLE IF NOT EXISTS search_pending (
      root TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY (root, path)
    ) WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS search_annotations (
      id INTEGER PRIMARY KEY, root TEXT NOT NULL, annotation_id TEXT NOT NULL, article_path TEXT NOT NULL,
      kind TEXT NOT NULL, colour TEXT, signature TEXT NOT NULL,
      UNIQUE (root, annotation_id)
    );
    CREATE INDEX IF NOT EXISTS search_annotations_article ON search_annotations (root, article_path);
    CREATE INDEX IF NOT EXISTS search_annotations_colour ON search_annotations (root, colour, article_path);
    CREATE TABLE IF NOT EXISTS search_annotation_tags (
      annotation INTEGER NOT NULL, root TEXT NOT NULL, article_path TEXT NOT NULL, tag TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS search_annotation_tags_tag ON search_annotation_tags (root, tag, article_path);
    CREATE INDEX IF NOT EXISTS search_annotation_tags_annotation ON search_annotation_tags (annotation);
    CREATE INDEX IF NOT EXISTS search_annotation_tags_article ON search_annotation_tags (root, article_path);
  `);
  createSourceGradesTable(db);
  const migrated = textFormCurrent(db) ? null : migrateTextForm(db);
  db.exec(`
    -- The text as written; the index over it is fed the folded form (text-rows.ts). id = search_docs.id.
    CREATE TABLE IF NOT EXISTS search_text_source (id INTEGER PRIMARY KEY, title TEXT, body TEXT);
    -- prefix '2' keeps two-letter search-as-you-type prefixes to one doclist read.
    CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
      title, body, content = 'search_text_source', content_rowid = 'id', ${TOKENIZE}, prefix = '2'
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_text, 'row');
    -- id = search_annotations.id.
    CREATE TABLE IF NOT EXISTS search_annotation_source (id INTEGER PRIMARY KEY, text TEXT, tags TEXT);
    CREATE VIRTUAL TABLE IF NOT EXISTS search_annotation_text USING fts5(
      text, tags, content = 'search_annotation_source', content_rowid = 'id', ${TOKENIZE}, prefix = '2'
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS search_annotation_vocab USING fts5vocab(search_annotation_text, 'row');
    INSERT OR REPLACE INTO search_state (key, value) VALUES ('text_form', ${TEXT_FORM});
  `);
  migrated?.();
}

/**
 * The library list pages through files by date or title: these let it read one page instead of sorting
 * them all, and count and filter by domain without touching the table rows.
 */
export function createListIndexes(db: DatabaseSync): void {
  db.exec(`
    CREATE INDEX IF NOT EXISTS search_files_date
      ON files (root, date DESC, title COLLATE NOCASE, path, domain) WHERE ok = 1;
    CREATE INDEX IF NOT EXISTS search_files_title
      ON files (root, title COLLATE NOCASE, path, date, domain) WHERE ok = 1;
  `);
}

/**
 * Sets the list indexes aside for a bulk load (rows then go in several times faster); createListIndexes()
 * restores them.
 */
export function dropListIndexes(db: DatabaseSync): void {
  db.exec('DROP INDEX IF EXISTS search_files_date; DROP INDEX IF EXISTS search_files_title;');
}
