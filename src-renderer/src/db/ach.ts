// ACH matrices in Dexie: created, listed for the open library, copied, deleted (and put back), and given
// evidence rows (highlights, or an assumption or absence of evidence the analyst types). Edits of a matrix's
// cells, weights and hypotheses are the pure functions of ach-edit.ts, saved through editMatrix.
import type { AchEvidenceKind } from '../../../src-preload/contract/analysis';
import { newAchId as newId } from './ach-edit';
import type { AchEvidenceRow, AchMatrix, DossierDb, Highlight } from './schema';

/** Hypotheses a new matrix starts with: ACH needs at least two, and the analyst names them. */
const FIRST_HYPOTHESES = ['Hypothesis 1', 'Hypothesis 2'];

export async function createMatrix(db: DossierDb, libraryId: string, question: string): Promise<AchMatrix> {
  const now = Date.now();
  const matrix: AchMatrix = {
    id: newId(),
    libraryId,
    question,
    hypotheses: FIRST_HYPOTHESES.map((label) => ({ id: newId(), label })),
    rows: [],
    createdAt: now,
    updatedAt: now,
  };
  await db.achMatrices.add(matrix);
  return matrix;
}

/** The library's matrices, the one changed last first (none while no library is open). */
export async function matricesOfLibrary(db: DossierDb, libraryId: string | null): Promise<AchMatrix[]> {
  if (libraryId === null) return [];
  const all = await db.achMatrices.where('libraryId').equals(libraryId).toArray();
  return all.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** A matrix by id; undefined for no id or a matrix that is gone. */
export function matrixById(db: DossierDb, id: string | null): Promise<AchMatrix | undefined> {
  return id ? db.achMatrices.get(id) : Promise.resolve(undefined);
}

/** A copy of the matrix under a new id, its question marked "(copy)": hypotheses, rows and ratings as they are. */
export async function duplicateMatrix(db: DossierDb, id: string): Promise<AchMatrix | undefined> {
  const original = await db.achMatrices.get(id);
  if (!original) return undefined;
  const now = Date.now();
  const copy: AchMatrix = {
    ...structuredClone(original),
    id: newId(),
    question: `${original.question} (copy)`,
    createdAt: now,
    updatedAt: now,
  };
  await db.achMatrices.add(copy);
  return copy;
}

/** Deletes and returns the matrix so the caller can offer to undo. */
export function deleteMatrix(db: DossierDb, id: string): Promise<AchMatrix | undefined> {
  return db.transaction('rw', db.achMatrices, async () => {
    const matrix = await db.achMatrices.get(id);
    if (matrix) await db.achMatrices.delete(id);
    return matrix;
  });
}

export async function restoreMatrix(db: DossierDb, matrix: AchMatrix): Promise<void> {
  await db.achMatrices.put(matrix);
}

/** Applies a pure edit to a stored matrix in one transaction; returns the result (undefined: it is gone). */
export async function editMatrix(
  db: DossierDb,
  id: string,
  edit: (matrix: AchMatrix) => AchMatrix,
): Promise<AchMatrix | undefined> {
  return db.transaction('rw', db.achMatrices, async () => {
    const matrix = await db.achMatrices.get(id);
    if (!matrix) return undefined;
    const next = { ...edit(matrix), id, updatedAt: Date.now() };
    await db.achMatrices.put(next);
    return next;
  });
}

export function highlightRow(highlight: Highlight): AchEvidenceRow {
  return {
    id: newId(),
    kind: 'highlight',
    highlightId: highlight.id,
    text: highlight.quote.exact,
    articleId: highlight.articleId,
    articleTitle: highlight.articleTitle,
    ratings: {},
  };
}

export function typedRow(kind: Exclude<AchEvidenceKind, 'highlight'>, text: string): AchEvidenceRow {
  return { id: newId(), kind, highlightId: null, text, articleId: '', articleTitle: '', ratings: {} };
}

/**
 * Adds highlights as evidence rows, in the order given; a highlight the matrix already weighs is not added
 * twice. Returns how many rows were added (0 when the matrix is gone).
 */
export async function addHighlightRows(
  db: DossierDb,
  matrixId: string,
  highlights: readonly Highlight[],
): Promise<number> {
  let added = 0;
  await editMatrix(db, matrixId, (matrix) => {
    const held = new Set(matrix.rows.map((r) => r.highlightId));
    const fresh = highlights.filter((h) => !held.has(h.id) && held.add(h.id));
    added = fresh.length;
    return { ...matrix, rows: [...matrix.rows, ...fresh.map(highlightRow)] };
  });
  return added;
}

/** Adds an assumption or an absence of evidence the analyst typed; returns the row (undefined: matrix gone). */
export async function addTypedRow(
  db: DossierDb,
  matrixId: string,
  kind: Exclude<AchEvidenceKind, 'highlight'>,
  text: string,
): Promise<AchEvidenceRow | undefined> {
  const row = typedRow(kind, text);
  const saved = await editMatrix(db, matrixId, (matrix) => ({ ...matrix, rows: [...matrix.rows, row] }));
  return saved ? row : undefined;
}

/** The highlights a matrix's rows quote, by highlight id, as they are now (a deleted one is missing). */
export async function highlightsOfMatrix(db: DossierDb, matrixId: string | null): Promise<Map<string, Highlight>> {
  const matrix = matrixId ? await db.achMatrices.get(matrixId) : undefined;
  const ids = matrix?.rows.flatMap((r) => (r.highlightId ? [r.highlightId] : [])) ?? [];
  const found = await db.highlights.bulkGet(ids);
  return new Map(found.flatMap((h) => (h ? [[h.id, h] as const] : [])));
}
