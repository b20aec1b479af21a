// Briefs in Dexie: listed newest first, created, saved, duplicated, deleted with undo, given highlights, and
// given sections that show an ACH matrix or a timeline range.
import { addItems, duplicateBrief, emptySection, newId } from './brief-edit';
import type { AchMatrix, Brief, BriefSectionRecord, DossierDb, Highlight, TimelineSectionRecord } from './schema';
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

/** Appends a section to a brief (a new brief when none is given or it is gone); returns where it went. */
async function appendSection(
  db: DossierDb,
  briefId: string | null,
  section: Omit<BriefSectionRecord, 'id' | 'items' | 'text'>,
): Promise<{ briefId: string; title: string }> {
  return db.transaction('rw', db.briefs, async () => {
    const brief = (briefId ? await db.briefs.get(briefId) : undefined) ?? (await createBrief(db));
    // A brief whose only section is still empty (a new one) gives that section's place to the one added.
    const only = brief.sections.length === 1 ? brief.sections[0] : undefined;
    const kept = only && isEmptySection(only) ? [] : brief.sections;
    await saveBrief(db, { ...brief, sections: [...kept, { ...emptySection(section.heading), ...section }] });
    return { briefId: brief.id, title: brief.title };
  });
}

const isEmptySection = (s: BriefSectionRecord): boolean =>
  s.items.length === 0 && s.text.trim() === '' && !s.ach && !s.timeline;

/** Adds a section that shows the ACH matrix as a table (as the matrix stands when the brief is exported). */
export function addAchSection(
  db: DossierDb,
  briefId: string | null,
  matrix: Pick<AchMatrix, 'id' | 'question'>,
): Promise<{ briefId: string; title: string }> {
  return appendSection(db, briefId, {
    heading: matrix.question.trim() || 'Competing hypotheses',
    ach: { matrixId: matrix.id },
  });
}

/** Adds a section that lists a timeline range (its entries as they are now). */
export function addTimelineSection(
  db: DossierDb,
  briefId: string | null,
  heading: string,
  timeline: TimelineSectionRecord,
): Promise<{ briefId: string; title: string }> {
  return appendSection(db, briefId, { heading, timeline });
}
