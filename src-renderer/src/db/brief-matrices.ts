// The ACH matrices a brief's sections show, read by id for the brief's document (a matrix that is gone is
// simply not in the answer, and its section says so).
import type { AchMatrix, DossierDb } from './schema';

export async function matricesByIds(db: DossierDb, joinedIds: string): Promise<ReadonlyMap<string, AchMatrix>> {
  const found = await db.achMatrices.bulkGet(joinedIds ? joinedIds.split('\u0000') : []);
  return new Map(found.filter((m): m is AchMatrix => m !== undefined).map((m) => [m.id, m]));
}
