// The source register: every outlet the analyst has graded, by the domain the catalog gives its articles
// ("reuters.com", or an outlet's name when an article names no site), across all libraries. Reliability
// changes are recorded with when, from what, to what and why; an outlet never graded reads F. And the
// credibility 1–6 the analyst gives a highlight's information.
import {
  DEFAULT_RELIABILITY,
  isCredibility,
  isReliability,
  type Credibility,
  type Reliability,
} from '../../../src-shared/sources/grades';
import type { DossierDb, SourceGradeChange, SourceRecord } from './schema';
import { MAX_NOTE, MAX_SOURCE_NAME } from './work-limits';

/** How an outlet nobody has graded reads: F, no note, no history (not stored until something is set). */
export function unjudgedSource(domain: string, name = ''): SourceRecord {
  return { domain, name, reliability: DEFAULT_RELIABILITY, note: '', history: [], updatedAt: 0 };
}

/** Every outlet in the register, by domain A–Z. */
export async function allSources(db: DossierDb): Promise<SourceRecord[]> {
  return db.sources.orderBy('domain').toArray();
}

/** The register's entry for this domain; undefined when it was never graded or noted. */
export async function sourceFor(db: DossierDb, domain: string): Promise<SourceRecord | undefined> {
  return domain ? db.sources.get(domain) : undefined;
}

const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim().slice(0, MAX_SOURCE_NAME);

/**
 * Grades the outlet `grade`, recording the change with its reason (may be empty), and returns the change, or
 * null when the outlet already had that grade (nothing is recorded). `name` names an outlet new to the register.
 */
export async function setReliability(
  db: DossierDb,
  domain: string,
  grade: Reliability,
  reason = '',
  name = '',
): Promise<SourceGradeChange | null> {
  if (!domain) throw new Error('an outlet needs a domain');
  if (!isReliability(grade)) throw new Error(`${String(grade)} is not a reliability grade A–F`);
  return db.transaction('rw', db.sources, async () => {
    const current = (await db.sources.get(domain)) ?? unjudgedSource(domain, cleanName(name));
    if (current.reliability === grade) return null;
    const at = Math.max(Date.now(), current.updatedAt + 1);
    const change: SourceGradeChange = {
      at,
      from: current.reliability,
      to: grade,
      reason: reason.trim().slice(0, MAX_NOTE),
    };
    await db.sources.put({
      ...current,
      name: current.name || cleanName(name),
      reliability: grade,
      history: [...current.history, change],
      updatedAt: at,
    });
    return change;
  });
}

/**
 * Takes back a grade change just made (the toast's Undo): the outlet returns to the grade before it and the
 * change leaves the history. False when the change is no longer the latest (a later one stands).
 */
export async function undoReliability(db: DossierDb, domain: string, change: SourceGradeChange): Promise<boolean> {
  return db.transaction('rw', db.sources, async () => {
    const current = await db.sources.get(domain);
    const last = current?.history.at(-1);
    if (!current || !last || last.at !== change.at || current.reliability !== change.to) return false;
    const history = current.history.slice(0, -1);
    const untouched = history.length === 0 && !current.note;
    if (untouched) await db.sources.delete(domain);
    else await db.sources.put({ ...current, reliability: change.from, history, updatedAt: Date.now() });
    return true;
  });
}

/** Sets the analyst's note on the outlet (its name for an outlet new to the register). */
export async function setSourceNote(db: DossierDb, domain: string, note: string, name = ''): Promise<void> {
  if (!domain) throw new Error('an outlet needs a domain');
  await db.transaction('rw', db.sources, async () => {
    const current = (await db.sources.get(domain)) ?? unjudgedSource(domain, cleanName(name));
    const text = note.slice(0, MAX_NOTE);
    if (text === current.note && current.updatedAt > 0) return;
    await db.sources.put({
      ...current,
      name: current.name || cleanName(name),
      note: text,
      updatedAt: Math.max(Date.now(), current.updatedAt + 1),
    });
  });
}

/** Renames the outlet as the analyst knows it. */
export async function setSourceName(db: DossierDb, domain: string, name: string): Promise<void> {
  if (!domain) throw new Error('an outlet needs a domain');
  await db.transaction('rw', db.sources, async () => {
    const current = (await db.sources.get(domain)) ?? unjudgedSource(domain);
    const clean = cleanName(name);
    if (clean === current.name && current.updatedAt > 0) return;
    await db.sources.put({ ...current, name: clean, updatedAt: Math.max(Date.now(), current.updatedAt + 1) });
  });
}

/** The register by domain, for looking many grades up at once. */
export async function sourceMap(db: DossierDb): Promise<ReadonlyMap<string, SourceRecord>> {
  return new Map((await db.sources.toArray()).map((s) => [s.domain, s]));
}

/** The outlet's reliability in `sources`: F when the domain is unknown or was never graded. */
export function reliabilityOf(
  sources: ReadonlyMap<string, SourceRecord>,
  domain: string | null | undefined,
): Reliability {
  return (domain ? sources.get(domain)?.reliability : undefined) ?? DEFAULT_RELIABILITY;
}

/** Judges the highlight's information 1–6, or takes the judgement back (null: not judged, read as 6). */
export async function setCredibility(
  db: DossierDb,
  highlightId: string,
  credibility: Credibility | null,
): Promise<void> {
  if (credibility !== null && !isCredibility(credibility)) {
    throw new Error(`${String(credibility)} is not a credibility 1–6`);
  }
  await db.transaction('rw', db.highlights, async () => {
    const highlight = await db.highlights.get(highlightId);
    if (!highlight || (highlight.credibility ?? null) === credibility) return;
    const { credibility: _previous, ...rest } = highlight;
    await db.highlights.put({ ...rest, ...(credibility === null ? {} : { credibility }), updatedAt: Date.now() });
  });
}
