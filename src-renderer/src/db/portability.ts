// The analyst's whole work out and back in: exported as one document (the snapshot format), and a file
// read, previewed (what it would add, update, combine and refuse) and imported in one transaction that
// merges record by record; or all work replaced by a snapshot's, as a restore does. Every library's work
// is exported (each record keeps its libraryId, under dossier:extra for annotations), with the source
// register, which all libraries share; imported work keeps its library, and work a file does not file under
// one (an older export) goes to the library open.
import type { WorkDocument } from '../../../src-preload/contract';
import { annotationKey, linkEnds, planImport, type ImportPlan, type LocalWork } from './import-plan';
import { DEFAULT_PALETTE, UNCLAIMED, type DossierDb } from './schema';
import type { ArticleInfo } from './web-annotation';
import { fromWorkDocument, toWorkDocument, type ParsedWork, type WorkRecords } from './work-document';

/** The tables that hold the analyst's work, in the order a transaction over all of them names them. */
const workTables = (db: DossierDb) =>
  [db.highlights, db.articleAnnotations, db.briefs, db.palette, db.sources, db.highlightLinks, db.achMatrices] as const;

export async function allWork(db: DossierDb): Promise<WorkRecords> {
  return db.transaction('r', workTables(db), async () => ({
    highlights: await db.highlights.toArray(),
    annotations: await db.articleAnnotations.toArray(),
    briefs: await db.briefs.toArray(),
    palette: await db.palette.orderBy('order').toArray(),
    sources: await db.sources.toArray(),
    links: await db.highlightLinks.toArray(),
    matrices: await db.achMatrices.toArray(),
  }));
}

/**
 * Everything as one document; `articles` (library `articlesLibrary`'s, any's when null) adds the library's URL
 * of each article where known.
 */
export async function workDocument(
  db: DossierDb,
  articles: ReadonlyMap<string, ArticleInfo> = new Map(),
  articlesLibrary: string | null = null,
): Promise<WorkDocument> {
  return toWorkDocument(await allWork(db), articles, Date.now(), articlesLibrary);
}

export async function exportWork(
  db: DossierDb,
  articles: ReadonlyMap<string, ArticleInfo>,
  articlesLibrary: string | null = null,
): Promise<string> {
  return JSON.stringify(await workDocument(db, articles, articlesLibrary), null, 2);
}

/**
 * A file's text as work; throws with a readable reason when it is not JSON or not Dossier's. Records the file
 * does not file under a library go to `intoLibrary` (the one open; UNCLAIMED, for the next one, when none is).
 */
export function readWorkFile(text: string, intoLibrary: string = UNCLAIMED): ParsedWork {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON');
  }
  return fileUnder(fromWorkDocument(json, Date.now()), intoLibrary);
}

/** The work with its unfiled records filed under `libraryId`. */
export function fileUnder(work: ParsedWork, libraryId: string): ParsedWork {
  const filed = <T extends { libraryId: string }>(r: T): T => (r.libraryId === UNCLAIMED ? { ...r, libraryId } : r);
  return {
    ...work,
    highlights: work.highlights.map(filed),
    annotations: work.annotations.map(filed),
    links: work.links.map(filed),
    matrices: work.matrices.map(filed),
  };
}

const byKey = <T>(keys: string[], found: (T | undefined)[]): Map<string, T> =>
  new Map(keys.flatMap((key, i) => (found[i] === undefined ? [] : [[key, found[i] as T]])));

async function localFor(db: DossierDb, work: ParsedWork): Promise<LocalWork> {
  const ids = work.highlights.map((h) => h.id);
  const articles = work.annotations.map((a): [string, string] => [a.libraryId, a.articleId]);
  const briefs = work.briefs.map((b) => b.id);
  const colours = work.palette.map((p) => p.key);
  const domains = work.sources.map((s) => s.domain);
  const links = work.links.map((l) => l.id);
  const ends = linkEnds(work.links);
  const matrices = work.matrices.map((m) => m.id);
  return {
    highlights: byKey(ids, await db.highlights.bulkGet(ids)),
    annotations: byKey(work.annotations.map(annotationKey), await db.articleAnnotations.bulkGet(articles)),
    briefs: byKey(briefs, await db.briefs.bulkGet(briefs)),
    palette: byKey(colours, await db.palette.bulkGet(colours)),
    sources: byKey(domains, await db.sources.bulkGet(domains)),
    links: byKey(links, await db.highlightLinks.bulkGet(links)),
    matrices: byKey(matrices, await db.achMatrices.bulkGet(matrices)),
    linkedHighlights: new Set((await db.highlights.bulkGet(ends)).flatMap((h) => (h ? [h.id] : []))),
  };
}

/** What importing would do; nothing is written. */
export async function previewImport(db: DossierDb, work: ParsedWork): Promise<ImportPlan> {
  return planImport(await localFor(db, work), work, Date.now());
}

/** Merges the work in, planned again inside the transaction so a change made since the preview is kept. */
export async function applyImport(db: DossierDb, work: ParsedWork): Promise<ImportPlan> {
  return db.transaction('rw', workTables(db), async () => {
    const plan = planImport(await localFor(db, work), work, Date.now());
    await db.highlights.bulkPut(plan.writes.highlights);
    await db.articleAnnotations.bulkPut(plan.writes.annotations);
    await db.briefs.bulkPut(plan.writes.briefs);
    await db.palette.bulkPut(plan.writes.palette);
    await db.sources.bulkPut(plan.writes.sources);
    await db.highlightLinks.bulkPut(plan.writes.links);
    await db.achMatrices.bulkPut(plan.writes.matrices);
    return plan;
  });
}

/**
 * All work becomes the document's, in one transaction; a colour the document lacks gets its default name. The
 * register, the links and the matrices become the document's too (none, for a document from before them): the
 * work as it was then.
 */
export async function replaceWork(db: DossierDb, work: ParsedWork): Promise<void> {
  const named = new Set(work.palette.map((p) => p.key));
  const palette = [...work.palette, ...DEFAULT_PALETTE.filter((p) => !named.has(p.key)).map((p) => ({ ...p }))];
  await db.transaction('rw', workTables(db), async () => {
    await Promise.all(workTables(db).map((table) => table.clear()));
    await db.highlights.bulkAdd(work.highlights);
    await db.articleAnnotations.bulkAdd(work.annotations);
    await db.briefs.bulkAdd(work.briefs);
    await db.palette.bulkAdd(palette);
    await db.sources.bulkAdd(work.sources);
    await db.highlightLinks.bulkAdd(work.links);
    await db.achMatrices.bulkAdd(work.matrices);
  });
}
