// Typed links between highlights (same claim, supports, contradicts, derived from): the only code that
// writes the highlightLinks table. A pair of highlights has at most one link; both are in the same library.
//
// Deleting a highlight leaves its links stored but out of sight: every read here returns only links whose
// two highlights exist, so Undo of the deletion (which puts the highlight back) brings its links back with it,
// and nothing counts or exports a link to a highlight that is gone.
import type { DossierDb, Highlight, HighlightLink, HighlightLinkType } from './schema';

export interface NewLink {
  /** The highlight the link reads from: `from` supports / contradicts / is derived from / states `to`. */
  readonly from: string;
  readonly to: string;
  readonly type: HighlightLinkType;
}

export interface LinkResult {
  readonly link: HighlightLink;
  /** False when the two were already linked: the existing link is returned, unchanged. */
  readonly created: boolean;
}

export async function createLink(db: DossierDb, libraryId: string, input: NewLink): Promise<LinkResult> {
  if (input.from === input.to) throw new Error('A highlight cannot be linked to itself.');
  return db.transaction('rw', db.highlights, db.highlightLinks, async () => {
    const [from, to] = await db.highlights.bulkGet([input.from, input.to]);
    if (!from || !to) throw new Error('One of the highlights to link no longer exists.');
    if (from.libraryId !== libraryId || to.libraryId !== libraryId) {
      throw new Error('Only highlights of the open library can be linked.');
    }
    const existing = await linkBetween(db, input.from, input.to);
    if (existing) return { link: existing, created: false };
    const now = Date.now();
    const link: HighlightLink = { id: crypto.randomUUID(), libraryId, ...input, createdAt: now, updatedAt: now };
    await db.highlightLinks.add(link);
    return { link, created: true };
  });
}

/** The link between two highlights, whichever way it reads; undefined when they are not linked. */
async function linkBetween(db: DossierDb, a: string, b: string): Promise<HighlightLink | undefined> {
  const out = await db.highlightLinks
    .where('from')
    .equals(a)
    .filter((l) => l.to === b)
    .first();
  return (
    out ??
    db.highlightLinks
      .where('from')
      .equals(b)
      .filter((l) => l.to === a)
      .first()
  );
}

/** Deletes and returns the link, so the caller can offer to undo. */
export async function deleteLink(db: DossierDb, id: string): Promise<HighlightLink | undefined> {
  return db.transaction('rw', db.highlightLinks, async () => {
    const existing = await db.highlightLinks.get(id);
    if (existing) await db.highlightLinks.delete(id);
    return existing;
  });
}

/** Puts a deleted link back, unless the two were linked again meanwhile (a pair holds one link). */
export async function restoreLink(db: DossierDb, link: HighlightLink): Promise<boolean> {
  return db.transaction('rw', db.highlightLinks, async () => {
    const existing = await linkBetween(db, link.from, link.to);
    if (existing && existing.id !== link.id) return false;
    await db.highlightLinks.put(link);
    return true;
  });
}

/** One of a highlight's links, with the highlight at its other end. */
export interface LinkedHighlight {
  readonly link: HighlightLink;
  readonly other: Highlight;
  /** 'out': this highlight is the link's `from` ("supports the other"); 'in': the other's link points here. */
  readonly direction: 'out' | 'in';
}

/** A highlight's links whose other highlight exists, oldest first. */
export async function linksOfHighlight(db: DossierDb, highlightId: string | null): Promise<LinkedHighlight[]> {
  if (highlightId === null) return [];
  const [outgoing, incoming] = await Promise.all([
    db.highlightLinks.where('from').equals(highlightId).toArray(),
    db.highlightLinks.where('to').equals(highlightId).toArray(),
  ]);
  const links = [...outgoing, ...incoming].filter((l) => l.from !== l.to);
  const others = await db.highlights.bulkGet(links.map((l) => (l.from === highlightId ? l.to : l.from)));
  const linked: LinkedHighlight[] = [];
  links.forEach((link, i) => {
    const other = others[i];
    if (other) linked.push({ link, other, direction: link.from === highlightId ? 'out' : 'in' });
  });
  return linked.sort((a, b) => a.link.createdAt - b.link.createdAt || a.link.id.localeCompare(b.link.id));
}

/** The library's links and the highlights at their ends: what corroboration counts over. */
export interface LinkNetwork {
  readonly links: readonly HighlightLink[];
  /** Every highlight a link reaches, by id. */
  readonly highlights: ReadonlyMap<string, Highlight>;
}

/** Every link of the library whose two highlights exist (none while no library is open). */
export async function linksOfLibrary(db: DossierDb, libraryId: string | null): Promise<HighlightLink[]> {
  return [...(await linkNetwork(db, libraryId)).links];
}

export async function linkNetwork(db: DossierDb, libraryId: string | null): Promise<LinkNetwork> {
  if (libraryId === null) return { links: [], highlights: new Map() };
  const stored = await db.highlightLinks.where('libraryId').equals(libraryId).toArray();
  const ends = [...new Set(stored.flatMap((l) => [l.from, l.to]))];
  const found = await db.highlights.bulkGet(ends);
  const highlights = new Map(
    found.filter((h): h is Highlight => h !== undefined && h.libraryId === libraryId).map((h) => [h.id, h]),
  );
  const links = stored
    .filter((l) => l.from !== l.to && highlights.has(l.from) && highlights.has(l.to))
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  const reached = new Set(links.flatMap((l) => [l.from, l.to]));
  return { links, highlights: new Map([...highlights].filter(([id]) => reached.has(id))) };
}
