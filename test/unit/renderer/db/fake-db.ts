// Dexie on fake-indexeddb for the db tests: each test gets a new IndexedDB factory and its own database name.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { NewHighlight } from '../../../../src-renderer/src/db/highlights';
import {
  DossierDb,
  type AchMatrix,
  type ArticleAnnotation,
  type Brief,
  type Highlight,
  type HighlightLink,
  type PaletteEntry,
  type SourceRecord,
} from '../../../../src-renderer/src/db/schema';
import { achMatrix, quoteRow, typedRow } from '../ach/ach-fixture';

let databases = 0;

/** The library the tests' work belongs to, unless a test says otherwise. */
export const LIB = 'library-a';

/** Points Dexie at a new, empty fake IndexedDB: databases opened from now on see only each other. */
export function resetFakeIndexedDb(): void {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
}

export function uniqueDbName(label = 'dossier-test'): string {
  databases += 1;
  return `${label}-${databases}`;
}

/** A new, empty, open DossierDb on its own fake IndexedDB. */
export async function openTestDb(): Promise<DossierDb> {
  resetFakeIndexedDb();
  const db = new DossierDb(uniqueDbName());
  await db.open();
  return db;
}

/**
 * For every test of the calling file (or describe block): a fresh database handed to `take`, and the
 * clock set to `start`. Only Date is faked: fake-indexeddb schedules its work on real timers.
 */
export function withTestDb(start: number, take: (db: DossierDb) => void): void {
  let current: DossierDb | null = null;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    current = await openTestDb();
    take(current);
  });
  afterEach(() => {
    current?.close();
    current = null;
    vi.useRealTimers();
  });
}

export function newHighlight(overrides: Partial<NewHighlight> = {}): NewHighlight {
  return {
    articleId: 'world/blinken-lavrov.txt',
    articleHash: 'hash-blinken',
    articleTitle: 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine',
    quote: {
      exact: 'Sergey Lavrov',
      prefix: '8 ANI: Russian Foreign Minister ',
      suffix: ' has proposed dates for holding ',
    },
    position: { start: 1026, end: 1039 },
    color: 'yellow',
    ...overrides,
  };
}

/** A whole stored highlight, with fixed times, for writing records directly. */
export function storedHighlight(id: string, overrides: Partial<Highlight> = {}): Highlight {
  return {
    ...newHighlight(),
    id,
    libraryId: LIB,
    note: '',
    tags: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function storedAnnotation(articleId: string, overrides: Partial<ArticleAnnotation> = {}): ArticleAnnotation {
  return {
    libraryId: LIB,
    articleId,
    articleHash: `hash-of-${articleId}`,
    articleTitle: `Title of ${articleId}`,
    note: `Note on ${articleId}`,
    tags: [],
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** A record as versions 1 and 2 wrote it, before work belonged to a library. */
export function beforeLibraries<T extends { libraryId: string }>(record: T): Omit<T, 'libraryId'> {
  const { libraryId: _libraryId, ...rest } = record;
  return rest;
}

export interface WorkDump {
  highlights: Highlight[];
  annotations: ArticleAnnotation[];
  briefs: Brief[];
  palette: PaletteEntry[];
  sources: SourceRecord[];
  links: HighlightLink[];
  matrices: AchMatrix[];
}

/** Every record of every work table, in key order: for comparing whole databases record by record. */
export async function dumpWork(db: DossierDb): Promise<WorkDump> {
  return {
    highlights: await db.highlights.orderBy('id').toArray(),
    annotations: await db.articleAnnotations.orderBy('articleId').toArray(),
    briefs: await db.briefs.orderBy('id').toArray(),
    palette: await db.palette.orderBy('key').toArray(),
    sources: await db.sources.orderBy('domain').toArray(),
    links: await db.highlightLinks.orderBy('id').toArray(),
    matrices: await db.achMatrices.orderBy('id').toArray(),
  };
}

/**
 * A whole stored ACH matrix with fixed times: two hypotheses, a row quoting highlight `h1` (weighted), and an
 * assumption the analyst typed.
 */
export function storedMatrix(id: string, overrides: Partial<AchMatrix> = {}): AchMatrix {
  const [yes, no] = [`${id}-yes`, `${id}-no`];
  const lavrov = {
    highlightId: 'h1',
    text: 'Sergey Lavrov',
    articleId: 'world/blinken-lavrov.txt',
    articleTitle: 'Blinken accepts invitation to meet Lavrov',
  };
  return achMatrix(
    'Will the talks go ahead?',
    { [yes]: 'They go ahead', [no]: 'Russia invades first' },
    [
      quoteRow(`${id}-r1`, lavrov, { [yes]: 'CC', [no]: 'I' }, { credibility: 'high', relevance: 'low' }),
      typedRow(`${id}-r2`, 'assumption', 'Both sides want to be seen talking', { [yes]: 'C', [no]: 'NA' }),
    ],
    { id, libraryId: LIB, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides },
  );
}
