// Text indexed in an earlier form (before folding, text-form.ts) is indexed again: the article text from
// the files (the catalogued articles wait in search_pending and are read again in the background, the list
// saying how much is searchable meanwhile), the annotations from what the old table holds.
import type { DatabaseSync } from 'node:sqlite';
import { writeText } from './text-rows';

/** 1: the text as written under unicode61 with diacritics removed; 2: folded text over its stored original. */
export const TEXT_FORM = 2;

const exists = (db: DatabaseSync, name: string): boolean =>
  db.prepare('SELECT 1 AS found FROM sqlite_schema WHERE name = ?').get(name) !== undefined;

/** True for a database whose text is in the current form, or that has no text index yet. */
export function textFormCurrent(db: DatabaseSync): boolean {
  if (!exists(db, 'search_text')) return true;
  const row = db.prepare("SELECT value FROM search_state WHERE key = 'text_form'").get() as
    { value: number } | undefined;
  return row?.value === TEXT_FORM;
}

/**
 * Drops the text index of the earlier form and queues every catalogued article for indexing. Returns what
 * puts the annotations back, to run once the new tables exist.
 */
export function migrateTextForm(db: DatabaseSync): () => void {
  const notes = exists(db, 'search_annotation_text')
    ? (db.prepare('SELECT rowid AS id, text, tags FROM search_annotation_text').all() as unknown as {
        id: number;
        text: string | null;
        tags: string | null;
      }[])
    : [];
  db.exec(`
    DROP TABLE IF EXISTS search_vocab;
    DROP TABLE IF EXISTS search_text;
    DROP TABLE IF EXISTS search_text_source;
    DROP TABLE IF EXISTS search_annotation_vocab;
    DROP TABLE IF EXISTS search_annotation_text;
    DROP TABLE IF EXISTS search_annotation_source;
    DELETE FROM search_docs;
    DELETE FROM search_terms;
    UPDATE search_state SET value = 1 WHERE key = 'terms_stale';
  `);
  if (exists(db, 'files')) {
    db.exec('INSERT OR IGNORE INTO search_pending (root, path) SELECT root, path FROM files WHERE ok = 1');
  }
  return () => {
    for (const note of notes) writeText(db, 'annotation', note.id, [note.text ?? '', note.tags ?? '']);
  };
}
