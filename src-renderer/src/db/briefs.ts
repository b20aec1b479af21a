// Briefs in Dexie: create, save, duplicate, delete with undo.
import { duplicateBrief, emptySection, newId } from './brief-edit';
import type { Brief, DossierDb } from './schema';

export async function createBrief(db: DossierDb, title = 'Untitled brief'): Promise<Brief> {
  const now = Date.now();
  const brief: Brief = { id: newId(), title, summary: '', sections: [emptySection()], createdAt: now, updatedAt: now };
  await db.briefs.add(brief);
  return brief;
}

export async function saveBrief(db: DossierDb, brief: Brief): Promise<void> {
  await db.briefs.put({ ...brief, updatedAt: Date.now() });
}

export async function copyBrief(db: DossierDb, id: string): Promise<Brief | undefined> {
  const original = await db.briefs.get(id);
  if (!original) return undefined;
  const copy = duplicateBrief(original, Date.now());
  await db.briefs.add(copy);
  return copy;
}

/** Deletes and returns the brief so the caller can offer to undo. */
export async function deleteBrief(db: DossierDb, id: string): Promise<Brief | undefined> {
  return db.transaction('rw', db.briefs, async () => {
    const brief = await db.briefs.get(id);
    if (brief) await db.briefs.delete(id);
    return brief;
  });
}

export async function restoreBrief(db: DossierDb, brief: Brief): Promise<void> {
  await db.briefs.put(brief);
}
