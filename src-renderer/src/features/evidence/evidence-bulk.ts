// The evidence table's bulk actions on the analyst's work, each returning what its Undo needs: tag and recolour
// many highlights, put them in a brief, link them to one of them, and weigh them in an ACH matrix.
import { addHighlightRows, createMatrix, editMatrix } from '../../db/ach';
import { addItems } from '../../db/brief-edit';
import { briefById, briefHolds, createBrief, deleteBrief, restoreBrief, saveBrief } from '../../db/briefs';
import { highlightsByIds, updateHighlight } from '../../db/highlights';
import { createLink, deleteLink } from '../../db/links';
import { normaliseTag } from '../../db/tags';
import type { Brief, ColorKey, DossierDb, Highlight, HighlightLinkType } from '../../db/schema';

/** How highlights stood before a bulk change: put back as they were by restoreHighlightFields. */
export type FieldsBefore = readonly Pick<Highlight, 'id' | 'tags' | 'color'>[];

async function changeEach(
  db: DossierDb,
  ids: readonly string[],
  change: (highlight: Highlight) => Partial<Pick<Highlight, 'tags' | 'color'>> | null,
): Promise<FieldsBefore> {
  return db.transaction('rw', db.highlights, async () => {
    const found = await highlightsByIds(db, ids.join('\u0000'));
    const before: Pick<Highlight, 'id' | 'tags' | 'color'>[] = [];
    for (const id of ids) {
      const highlight = found.get(id);
      const patch = highlight ? change(highlight) : null;
      if (!highlight || !patch) continue;
      before.push({ id, tags: highlight.tags, color: highlight.color });
      await updateHighlight(db, id, patch);
    }
    return before;
  });
}

/** Adds the tag to every highlight that lacks it; returns the ones changed as they were. */
export function tagHighlights(db: DossierDb, ids: readonly string[], tag: string): Promise<FieldsBefore> {
  const clean = normaliseTag(tag);
  if (!clean) return Promise.resolve([]);
  return changeEach(db, ids, (h) => (h.tags.includes(clean) ? null : { tags: [...h.tags, clean] }));
}

/** Gives every highlight this colour (meaning); returns the ones changed as they were. */
export function recolourHighlights(db: DossierDb, ids: readonly string[], color: ColorKey): Promise<FieldsBefore> {
  return changeEach(db, ids, (h) => (h.color === color ? null : { color }));
}

/** Undo of tagHighlights or recolourHighlights: tags and colour back as they were (a deleted one stays gone). */
export async function restoreHighlightFields(db: DossierDb, before: FieldsBefore): Promise<void> {
  await db.transaction('rw', db.highlights, async () => {
    for (const { id, tags, color } of before) await updateHighlight(db, id, { tags: [...tags], color });
  });
}

export interface BriefAddition {
  readonly briefId: string;
  readonly title: string;
  readonly added: number;
  /** The brief before (null: it was made for these highlights): what Undo puts back. */
  readonly before: Brief | null;
}

/** Puts the highlights in the brief's last section, in order, skipping those it holds (null: a new brief). */
export async function addHighlightsToBrief(
  db: DossierDb,
  briefId: string | null,
  highlights: readonly Highlight[],
): Promise<BriefAddition> {
  return db.transaction('rw', db.briefs, async () => {
    const existing = await briefById(db, briefId);
    const brief = existing ?? (await createBrief(db));
    const fresh = highlights.filter((h) => !briefHolds(brief, h.id));
    const items = fresh.map((h) => ({
      highlightId: h.id,
      comment: '',
      quote: h.quote.exact,
      articleId: h.articleId,
      articleTitle: h.articleTitle,
    }));
    if (items.length > 0) await saveBrief(db, addItems(brief, items));
    return { briefId: brief.id, title: brief.title, added: items.length, before: existing ?? null };
  });
}

export async function undoBriefAddition(db: DossierDb, addition: BriefAddition): Promise<void> {
  if (addition.before) await restoreBrief(db, addition.before);
  else await deleteBrief(db, addition.briefId);
}

/** Links each highlight to `target` with the type (from each to it); returns the ids of the links made. */
export async function linkToHighlight(
  db: DossierDb,
  libraryId: string,
  fromIds: readonly string[],
  target: string,
  type: HighlightLinkType,
): Promise<string[]> {
  const made: string[] = [];
  for (const from of fromIds) {
    if (from === target) continue;
    const { link, created } = await createLink(db, libraryId, { from, to: target, type });
    if (created) made.push(link.id);
  }
  return made;
}

export async function unlink(db: DossierDb, linkIds: readonly string[]): Promise<void> {
  for (const id of linkIds) await deleteLink(db, id);
}

export interface MatrixAddition {
  readonly matrixId: string;
  readonly question: string;
  readonly added: number;
  /** The matrix was made for these highlights: Undo deletes it. */
  readonly created: boolean;
  /** The rows added (Undo takes them out of a matrix that was there before). */
  readonly rowIds: readonly string[];
}

/** Weighs the highlights in the matrix (a new one with this question when matrixId is null). */
export async function addHighlightsToMatrix(
  db: DossierDb,
  libraryId: string,
  matrixId: string | null,
  highlights: readonly Highlight[],
  question = '',
): Promise<MatrixAddition | null> {
  return db.transaction('rw', db.achMatrices, async () => {
    const matrix = matrixId ? await db.achMatrices.get(matrixId) : await createMatrix(db, libraryId, question);
    if (!matrix) return null;
    const held = new Set(matrix.rows.map((r) => r.id));
    const added = await addHighlightRows(db, matrix.id, highlights);
    const after = await db.achMatrices.get(matrix.id);
    const rowIds = (after?.rows ?? []).filter((r) => !held.has(r.id)).map((r) => r.id);
    return { matrixId: matrix.id, question: matrix.question, added, created: matrixId === null, rowIds };
  });
}

export async function undoMatrixAddition(db: DossierDb, addition: MatrixAddition): Promise<void> {
  if (addition.created) {
    // A matrix made by this action and not yet worked on: Undo takes it away again.
    await db.achMatrices.delete(addition.matrixId);
    return;
  }
  const gone = new Set(addition.rowIds);
  await editMatrix(db, addition.matrixId, (m) => ({ ...m, rows: m.rows.filter((r) => !gone.has(r.id)) }));
}
