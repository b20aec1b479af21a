// Briefs in Dexie: listed newest first, created, saved, duplicated, deleted with undo, and given highlights.
import { addItems, duplicateBrief, emptySection, newId } from './brief-edit';
import type { Brief, DossierDb, Highlight } from './schema';
import { newBriefTitle } from '../../../src-shared/briefs/brief-name';

/** Every brief, the one changed last first. */
export async function briefsNewestFirst(db: DossierDb): Promise<Brief[]> {
  return (await db.briefs.orderBy('updatedAt').toArray()).toReversed();
}

/** A brief by id; undefined for no id or a brief that is gone. */
export function briefById(db: DossierDb, id: string | null): Promise<Brief | undefined> {
  return id ? db.briefs.get(id) : Promise.resolve(undefined);
}

/** A new brief, named after today ("Brief 30 Nov 2026", numbered when taken) unless a title is given. */
export async function createBrief(db: DossierDb, title?: string): Promise<Brief> {
  const now = Date.now();
  return db.transaction('rw', db.briefs, async () => {
    const named =
      title ??
      newBriefTitle(
        (await db.briefs.toArray()).map((b) => b.title),
        new Date(now),
      );
    const brief: Brief = {
      id: newId(),
      title: named,
      summary: '',
      sections: [emptySection()],
      createdAt: now,
      updatedAt: now,
    };
    await db.briefs.add(brief);
    return brief;
  });
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

/** Adds a highlight to the last section of a brief (a new brief when there is none); returns its title. */
export async function addHighlightToBrief(
  db: DossierDb,
  briefId: string | null,
  highlight: Highlight,
): Promise<string> {
  return (await placeHighlightInBrief(db, briefId, highlight)).title;
}

/** Where a highlight was put: `added` is false when the brief already held it (and nothing was written). */
export interface BriefPlacement {
  readonly briefId: string;
  readonly title: string;
  readonly added: boolean;
}

/** As addHighlightToBrief, saying whether it was already there; a brief that holds it is left untouched. */
export async function placeHighlightInBrief(
  db: DossierDb,
  briefId: string | null,
  highlight: Highlight,
): Promise<BriefPlacement> {
  return db.transaction('rw', db.briefs, async () => {
    const brief = (briefId ? await db.briefs.get(briefId) : undefined) ?? (await createBrief(db));
    if (briefHolds(brief, highlight.id)) return { briefId: brief.id, title: brief.title, added: false };
    const item = {
      highlightId: highlight.id,
      comment: '',
      quote: highlight.quote.exact,
      articleId: highlight.articleId,
      articleTitle: highlight.articleTitle,
    };
    await saveBrief(db, addItems(brief, [item]));
    return { briefId: brief.id, title: brief.title, added: true };
  });
}

export function briefHolds(brief: Brief, highlightId: string): boolean {
  return brief.sections.some((s) => s.items.some((i) => i.highlightId === highlightId));
}
