// Rows of the two full-text tables, article text and annotations. Each is an FTS5 index over a plain table
// of the text as written (external content, schema.ts) and is fed the folded form (text-form.ts): FTS5
// indexes what it is given, so removing a row means giving it the same folded text again, read back here.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from './statements';
import { textForms } from './text-form';

export type TextTable = 'article' | 'annotation';

interface Shape {
  readonly index: string;
  readonly content: string;
  readonly columns: readonly [string, string];
}

export const TEXT_TABLES: Readonly<Record<TextTable, Shape>> = {
  article: { index: 'search_text', content: 'search_text_source', columns: ['title', 'body'] },
  annotation: { index: 'search_annotation_text', content: 'search_annotation_source', columns: ['text', 'tags'] },
};

/** Indexes two columns of text under `id` (a row id the table does not hold yet). */
export function writeText(db: DatabaseSync, table: TextTable, id: number, values: readonly [string, string]): void {
  const { index, content, columns } = TEXT_TABLES[table];
  const [a, b] = values.map(textForms) as [ReturnType<typeof textForms>, ReturnType<typeof textForms>];
  prepared(db, `INSERT INTO ${content} (id, ${columns[0]}, ${columns[1]}) VALUES (?, ?, ?)`).run(
    id,
    a.content,
    b.content,
  );
  prepared(db, `INSERT INTO ${index} (rowid, ${columns[0]}, ${columns[1]}) VALUES (?, ?, ?)`).run(id, a.index, b.index);
}

/** The stored text under `id` (with its CJK breaks), or null when there is none. */
export function storedText(db: DatabaseSync, table: TextTable, id: number): [string, string] | null {
  const { content, columns } = TEXT_TABLES[table];
  const row = prepared(db, `SELECT ${columns[0]} AS a, ${columns[1]} AS b FROM ${content} WHERE id = ?`).get(id) as
    { a: string | null; b: string | null } | undefined;
  return row ? [row.a ?? '', row.b ?? ''] : null;
}

/** Takes the text under `id` out of the index and the table; nothing when there is none. */
export function deleteText(db: DatabaseSync, table: TextTable, id: number): void {
  const stored = storedText(db, table, id);
  if (stored === null) return;
  const { index, content, columns } = TEXT_TABLES[table];
  // The stored text folds to what was indexed: its breaks are separators, as the spaces were.
  const [a, b] = stored.map((text) => textForms(text).index) as [string, string];
  prepared(db, `INSERT INTO ${index} (${index}, rowid, ${columns[0]}, ${columns[1]}) VALUES ('delete', ?, ?, ?)`).run(
    id,
    a,
    b,
  );
  prepared(db, `DELETE FROM ${content} WHERE id = ?`).run(id);
}
