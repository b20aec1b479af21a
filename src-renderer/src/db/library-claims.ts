// Work that belongs to no library yet is claimed by the library that is open: records from before work had
// a library (the version 3 upgrade marks them UNCLAIMED), records imported without one, and records filed
// under an id the open library had before main recognised it (a moved folder, first read under a new id).
// Work under an id this installation does not know (imported from another computer, or kept from before its
// list of libraries was lost) goes to the library whose files hold most of its articles, as a moved folder
// is recognised by its content.
import { mergedNote, type HashLookup } from './identity';
import { UNCLAIMED, type DossierDb } from './schema';

/** How many records wait to be claimed: the page claims them whenever this is above 0. */
export async function unclaimedWork(db: DossierDb): Promise<number> {
  const counts = await Promise.all([
    db.highlights.where('libraryId').equals(UNCLAIMED).count(),
    db.articleAnnotations.where('libraryId').equals(UNCLAIMED).count(),
    db.highlightLinks.where('libraryId').equals(UNCLAIMED).count(),
    db.achMatrices.where('libraryId').equals(UNCLAIMED).count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Files the unclaimed records, and those under `formerIds`, under `libraryId`: highlights, article notes,
 * the links between highlights and ACH matrices. An article note meeting one the library already has on that
 * article is merged with it, never dropped. Returns how many moved.
 */
export async function claimWork(db: DossierDb, libraryId: string, formerIds: readonly string[]): Promise<number> {
  const from = [...new Set([UNCLAIMED, ...formerIds])].filter((id) => id !== libraryId);
  const tables = [db.highlights, db.articleAnnotations, db.highlightLinks, db.achMatrices];
  return db.transaction('rw', tables, async () => {
    const highlights = await db.highlights.where('libraryId').anyOf(from).modify({ libraryId });
    const links = await db.highlightLinks.where('libraryId').anyOf(from).modify({ libraryId });
    const matrices = await db.achMatrices.where('libraryId').anyOf(from).modify({ libraryId });
    const notes = await db.articleAnnotations.where('libraryId').anyOf(from).toArray();
    for (const note of notes) {
      const already = await db.articleAnnotations.get([libraryId, note.articleId]);
      await db.articleAnnotations.delete([note.libraryId, note.articleId]);
      await db.articleAnnotations.put(mergedNote(already, { ...note, libraryId }));
    }
    return highlights + notes.length + links + matrices;
  });
}

/** Every library id that has work filed under it (UNCLAIMED included when some waits), sorted. */
export async function libraryIdsWithWork(db: DossierDb): Promise<string[]> {
  const ids = await Promise.all([
    db.highlights.orderBy('libraryId').uniqueKeys(),
    db.articleAnnotations.orderBy('libraryId').uniqueKeys(),
    db.achMatrices.orderBy('libraryId').uniqueKeys(),
  ]);
  return [...new Set(ids.flat().map(String))].sort();
}

/** Up to `limit` distinct content hashes of the articles the library's work was made on. */
export async function workHashes(db: DossierDb, libraryId: string, limit = 200): Promise<string[]> {
  const hashes = new Set<string>();
  const add = (hash: string): void => {
    if (hash && hashes.size < limit) hashes.add(hash);
  };
  await db.highlights
    .where('libraryId')
    .equals(libraryId)
    .each((h) => add(h.articleHash));
  await db.articleAnnotations
    .where('libraryId')
    .equals(libraryId)
    .each((a) => add(a.articleHash));
  return [...hashes].sort();
}

/** Share of the foreign work's articles the open library's files must hold to adopt it. */
export const ADOPT_THRESHOLD = 0.5;

/** Ids with work that are neither unclaimed, the open library's own, nor another known library's. */
export function foreignIds(
  withWork: readonly string[],
  libraryId: string,
  formerIds: readonly string[],
  otherIds: readonly string[],
): string[] {
  const known = new Set([UNCLAIMED, libraryId, ...formerIds, ...otherIds]);
  return withWork.filter((id) => !known.has(id));
}

/**
 * Claims for `libraryId` the work of each foreign id whose articles its files hold (`lookup` asks main);
 * `stale` stops it between ids once the library changed. Returns the ids adopted.
 */
export async function adoptForeignWork(
  db: DossierDb,
  libraryId: string,
  foreign: readonly string[],
  lookup: HashLookup,
  stale: () => boolean,
): Promise<string[]> {
  const adopted: string[] = [];
  for (const id of foreign) {
    const hashes = await workHashes(db, id);
    if (hashes.length === 0) continue;
    const found = (await lookup(hashes)).filter((file) => file !== null).length;
    if (stale()) break;
    if (found / hashes.length < ADOPT_THRESHOLD) continue;
    await claimWork(db, libraryId, [id]);
    adopted.push(id);
  }
  return adopted;
}
