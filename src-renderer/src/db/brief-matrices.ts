// The ACH matrices a brief's sections show, read by id for the brief's document (a matrix that is gone is
// simply not in the answer, and its section says so); and, the other way, the briefs that show a matrix.
import type { AchMatrix, Brief, DossierDb } from './schema';

export async function matricesByIds(db: DossierDb, joinedIds: string): Promise<ReadonlyMap<string, AchMatrix>> {
  const found = await db.achMatrices.bulkGet(joinedIds ? joinedIds.split('\u0000') : []);
  return new Map(found.filter((m): m is AchMatrix => m !== undefined).map((m) => [m.id, m]));
}

/** The briefs with a section that shows this matrix, changed last first (briefs are few: each is read whole). */
export async function briefsShowingMatrix(
  db: DossierDb,
  matrixId: string,
): Promise<readonly Pick<Brief, 'id' | 'title'>[]> {
  const briefs = (await db.briefs.orderBy('updatedAt').toArray()).toReversed();
  return briefs
    .filter((b) => b.sections.some((s) => s.ach?.matrixId === matrixId))
    .map((b) => ({ id: b.id, title: b.title }));
}
