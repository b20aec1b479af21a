// The portability tests' databases: each on its own fake IndexedDB with Date faked from T0 (closed after
// the test), one holding the kinds of work an analyst leaves (annotations, and a brief and a renamed
// colour too), the articles an export describes, and importing a file's text.
import { afterEach, beforeEach, vi } from 'vitest';
import { addHighlightToBrief, createBrief, saveBrief } from '../../../../src-renderer/src/db/briefs';
import { createHighlight, saveArticleAnnotation, updateHighlight } from '../../../../src-renderer/src/db/highlights';
import type { ImportPlan } from '../../../../src-renderer/src/db/import-plan';
import { renameColour } from '../../../../src-renderer/src/db/palette';
import { applyImport, readWorkFile } from '../../../../src-renderer/src/db/portability';
import type { DossierDb, HighlightLink } from '../../../../src-renderer/src/db/schema';
import { setCredibility, setReliability, setSourceNote } from '../../../../src-renderer/src/db/sources';
import type { ArticleInfo } from '../../../../src-renderer/src/db/web-annotation';
import { newHighlight, openTestDb, LIB } from './fake-db';

export const T0 = Date.UTC(2024, 5, 1, 10, 0, 0);
export const ARTICLES: ReadonlyMap<string, ArticleInfo> = new Map([
  [
    'world/blinken-lavrov.txt',
    { title: 'Blinken accepts invitation to meet Lavrov', url: 'https://www.russiaherald.com/news/272310129' },
  ],
  ['local/harbour-strike.txt', { title: 'Harbour strike leaves container ships waiting', url: null }],
]);

const open: DossierDb[] = [];

/** A new, empty database, closed after the test. */
export async function freshDb(): Promise<DossierDb> {
  const db = await openTestDb();
  open.push(db);
  return db;
}

/** For every test of the calling file: Date faked from T0, and the databases closed after. */
export function withPortabilityClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    for (const db of open.splice(0)) db.close();
    vi.useRealTimers();
  });
}

/** A database holding the kinds of work an analyst leaves: highlights with and without notes, article notes. */
export async function analystDb(): Promise<{ db: DossierDb; ids: string[] }> {
  const db = await freshDb();
  const plain = await createHighlight(
    db,
    LIB,
    newHighlight({ articleTitle: 'Blinken accepts invitation to meet Lavrov' }),
  );
  vi.setSystemTime(T0 + 1000);
  const annotated = await createHighlight(
    db,
    LIB,
    newHighlight({
      articleTitle: 'Blinken accepts invitation to meet Lavrov',
      quote: { exact: 'ANI', prefix: 'try.\nWashington US, February 18 ', suffix: ': Russian Foreign Minister Serge' },
      position: { start: 986, end: 989 },
      color: 'red',
    }),
  );
  await updateHighlight(db, annotated.id, {
    note: 'Agency copy: **check** [the wire](https://example.org/ani)\n- one\n- two',
    tags: ['Sources', 'ANI'],
  });
  vi.setSystemTime(T0 + 2000);
  const other = await createHighlight(
    db,
    LIB,
    newHighlight({
      articleId: 'local/harbour-strike.txt',
      articleHash: 'hash-harbour',
      articleTitle: 'Harbour strike leaves container ships waiting',
      quote: { exact: 'Eleven container ships', prefix: '', suffix: ' were anchored off Port Ardley ' },
      position: { start: 0, end: 22 },
      color: 'green',
    }),
  );
  await saveArticleAnnotation(
    db,
    LIB,
    { id: 'world/blinken-lavrov.txt', hash: 'hash-blinken', title: 'Blinken accepts invitation to meet Lavrov' },
    { note: 'Talks *conditional* on no invasion.', tags: ['diplomacy'] },
  );
  await saveArticleAnnotation(
    db,
    LIB,
    { id: 'local/harbour-strike.txt', hash: 'hash-harbour', title: 'Harbour strike leaves container ships waiting' },
    { tags: ['labour'] },
  );
  return { db, ids: [plain.id, annotated.id, other.id] };
}

/** All the kinds of work: the analyst's annotations, a renamed colour, and a brief quoting two highlights. */
export async function workDb(): Promise<{ db: DossierDb; ids: string[]; briefId: string }> {
  const { db, ids } = await analystDb();
  vi.setSystemTime(T0 + 3000);
  await renameColour(db, 'red', 'Disputed source');
  const brief = await createBrief(db, 'Talks and troops');
  await saveBrief(db, { ...brief, summary: 'Diplomacy **continues**.' });
  for (const id of ids.slice(0, 2)) {
    const highlight = await db.highlights.get(id);
    if (highlight) await addHighlightToBrief(db, brief.id, highlight);
  }
  return { db, ids, briefId: brief.id };
}

/** A link between two highlights as the links panel stores it. */
export function link(id: string, from: string, to: string, overrides: Partial<HighlightLink> = {}): HighlightLink {
  return { id, libraryId: LIB, from, to, type: 'same-claim', createdAt: T0, updatedAt: T0, ...overrides };
}

/**
 * All the kinds of work with grades too: the Blinken article's outlet graded F→C→B with reasons and noted, an
 * outlet noted but never graded, the first two highlights given credibility 2 and 4, and linked as one claim.
 */
export async function gradedWorkDb(): Promise<{ db: DossierDb; ids: string[]; briefId: string }> {
  const made = await workDb();
  const { db, ids } = made;
  vi.setSystemTime(T0 + 4000);
  await setReliability(db, 'russiaherald.com', 'C', 'New to us', 'Russia Herald');
  vi.setSystemTime(T0 + 5000);
  await setReliability(db, 'russiaherald.com', 'B', 'Two years without a correction');
  await setSourceNote(db, 'russiaherald.com', 'Moscow bureau; *state* sources quoted often');
  await setSourceNote(db, 'Reuters', 'Wire: watch for copies');
  await setCredibility(db, ids[0] ?? '', 2);
  await setCredibility(db, ids[1] ?? '', 4);
  await db.highlightLinks.add(link('link-1', ids[0] ?? '', ids[1] ?? ''));
  return made;
}

/** Imports `text`; records it does not file under a library go to `intoLibrary` (the library open). */
export async function importText(db: DossierDb, text: string, intoLibrary?: string): Promise<ImportPlan> {
  return applyImport(db, readWorkFile(text, intoLibrary));
}
