// Work that belongs to no library yet is claimed by the library that is open: records from before work had
// a library (the version 3 upgrade marks them UNCLAIMED), records imported without one, and records filed
// under an id the open library had before main recognised it (a moved folder, first read under a new id).
import { mergedNote } from './identity';
import { UNCLAIMED, type DossierDb } from './schema';

/** How many records wait to be claimed: the page claims them whenever this is above 0. */
export async function unclaimedWork(db: DossierDb): Promise<number> {
  const [highlights, notes] = await Promise.all([
    db.highlights.where('libraryId').equals(UNCLAIMED).count(),
    db.articleAnnotations.where('libraryId').equals(UNCLAIMED).count(),
  ]);
  return highlights + notes;
}

/**
 * Files the unclaimed records, and those under `formerIds`, under `libraryId`. An article note meeting one
 * the library already has on that article is merged with it, never dropped. Returns how many moved.
 */
export async function claimWork(db: DossierDb, libraryId: string, formerIds: readonly string[]): Promise<number> {
  const from = [...new Set([UNCLAIMED, ...formerIds])].filter((id) => id !== libraryId);
  return db.transaction('rw', db.highlights, db.articleAnnotations, async () => {
    const highlights = await db.highlights.where('libraryId').anyOf(from).modify({ libraryId });
    const notes = await db.articleAnnotations.where('libraryId').anyOf(from).toArray();
    for (const note of notes) {
      const already = await db.articleAnnotations.get([libraryId, note.articleId]);
      await db.articleAnnotations.delete([note.libraryId, note.articleId]);
      await db.articleAnnotations.put(mergedNote(already, { ...note, libraryId }));
    }
    return highlights + notes.length;
  });
}
