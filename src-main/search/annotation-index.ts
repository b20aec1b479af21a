// Mirrors the page's annotations (highlights and article notes) for one library root: text for matching,
// rows for the tag, colour and annotated filters. The page sends its whole set; only the difference is written.
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { AnnotationDoc } from '../../src-preload/contract';
import { ensureRoot, nextId, type RootRange } from './roots';
import { withoutMarks } from './snippet';
import { prepared } from './statements';
import { deleteText, writeText } from './text-rows';

interface Stored {
  readonly id: number;
  readonly signature: string;
}

function signatureOf(doc: AnnotationDoc): string {
  const json = JSON.stringify([doc.articleId, doc.kind, doc.text, doc.tags, doc.colour]);
  return createHash('sha1').update(json).digest('base64');
}

/** A record the index could not take, and why. */
export interface RefusedAnnotation {
  readonly id: string;
  readonly reason: string;
}

/**
 * Replaces the annotations indexed for `root` with `docs`: new ids are added, changed ones rewritten,
 * missing ones removed. Atomic through a savepoint, so it works inside or outside a caller's transaction;
 * each record is written under its own savepoint, so one the index refuses is left out (and returned) and
 * the others are still written.
 */
export function setAnnotations(db: DatabaseSync, root: string, docs: readonly AnnotationDoc[]): RefusedAnnotation[] {
  const rows = prepared(db, 'SELECT id, annotation_id, signature FROM search_annotations WHERE root = ?').all(
    root,
  ) as unknown as {
    id: number;
    annotation_id: string;
    signature: string;
  }[];
  const stored = new Map<string, Stored>(rows.map((r) => [r.annotation_id, { id: r.id, signature: r.signature }]));
  const incoming = new Map<string, AnnotationDoc>(docs.map((doc) => [doc.id, doc]));
  const refused: RefusedAnnotation[] = [];

  db.exec('SAVEPOINT search_set_annotations');
  try {
    const range = ensureRoot(db, root);
    for (const [annotationId, old] of stored) {
      if (!incoming.has(annotationId)) deleteAnnotation(db, old.id);
    }
    for (const doc of incoming.values()) {
      const signature = signatureOf(doc);
      const old = stored.get(doc.id);
      if (old?.signature === signature) continue;
      if (old) deleteAnnotation(db, old.id);
      db.exec('SAVEPOINT search_set_annotation');
      try {
        insertAnnotation(db, root, range, doc, signature);
        db.exec('RELEASE search_set_annotation');
      } catch (error) {
        db.exec('ROLLBACK TO search_set_annotation; RELEASE search_set_annotation');
        refused.push({ id: doc.id, reason: `the index refused it (${(error as Error).message})` });
      }
    }
    db.exec('RELEASE search_set_annotations');
  } catch (error) {
    db.exec('ROLLBACK TO search_set_annotations; RELEASE search_set_annotations');
    throw error;
  }
  return refused;
}

function deleteAnnotation(db: DatabaseSync, id: number): void {
  prepared(db, 'DELETE FROM search_annotations WHERE id = ?').run(id);
  prepared(db, 'DELETE FROM search_annotation_tags WHERE annotation = ?').run(id);
  deleteText(db, 'annotation', id);
}

function insertAnnotation(
  db: DatabaseSync,
  root: string,
  range: RootRange,
  doc: AnnotationDoc,
  signature: string,
): void {
  const id = nextId(db, 'search_annotations', range);
  prepared(
    db,
    `INSERT INTO search_annotations (id, root, annotation_id, article_path, kind, colour, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, root, doc.id, doc.articleId, doc.kind, doc.colour, signature);
  const tags = [...new Set(doc.tags)];
  const insertTag = prepared(
    db,
    'INSERT INTO search_annotation_tags (annotation, root, article_path, tag) VALUES (?, ?, ?, ?)',
  );
  for (const tag of tags) insertTag.run(id, root, doc.articleId, tag);
  writeText(db, 'annotation', id, [withoutMarks(doc.text), withoutMarks(tags.join('\n'))]);
}
