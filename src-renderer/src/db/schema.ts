// The analyst's work in IndexedDB (Dexie): record types and every schema version, oldest first.
// A new version never edits an old one; it adds version(n) with an upgrade when data moves.
import { Dexie, type EntityTable } from 'dexie';

export type ColorKey = 'yellow' | 'red' | 'purple' | 'blue' | 'green';

export interface StoredQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface StoredPosition {
  readonly start: number;
  readonly end: number;
}

export interface Highlight {
  id: string;
  /** Path of the article relative to the library root, as the catalog names it. */
  articleId: string;
  /** Content hash of the file the selectors were last anchored in: follows renames and moves. */
  articleHash: string;
  /** Title of the article when last seen, so a missing article's work can still be named. */
  articleTitle: string;
  quote: StoredQuote;
  position: StoredPosition;
  color: ColorKey;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** Note and tags on a whole article; one record per article id. */
export interface ArticleAnnotation {
  articleId: string;
  articleHash: string;
  articleTitle: string;
  note: string;
  tags: string[];
  updatedAt: number;
}

/** What each highlight colour means to this analyst. */
export interface PaletteEntry {
  key: ColorKey;
  label: string;
  order: number;
  /** When the analyst last renamed it (absent for a name never changed): the newer name wins an import. */
  updatedAt?: number;
}

export const DEFAULT_PALETTE: readonly PaletteEntry[] = [
  { key: 'yellow', label: 'Key fact', order: 0 },
  { key: 'red', label: 'Claim to verify', order: 1 },
  { key: 'purple', label: 'Contradiction', order: 2 },
  { key: 'blue', label: 'Context', order: 3 },
  { key: 'green', label: 'Follow up', order: 4 },
];

export const COLOR_KEYS: readonly ColorKey[] = DEFAULT_PALETTE.map((p) => p.key);

/** An evidence item in a brief: a highlight and the analyst's comment on it. */
export interface BriefItem {
  id: string;
  highlightId: string;
  comment: string;
  /** The quote and its article when it was added, so the item still reads if the highlight is deleted. */
  quote: string;
  articleId: string;
  articleTitle: string;
}

export interface BriefSectionRecord {
  id: string;
  heading: string;
  text: string;
  items: BriefItem[];
}

export interface Brief {
  id: string;
  title: string;
  summary: string;
  sections: BriefSectionRecord[];
  createdAt: number;
  updatedAt: number;
}

/** Version 1 stores: also used by tests that write data as the first release did. */
export const SCHEMA_V1 = {
  highlights: 'id, articleId, articleHash, color, *tags, updatedAt',
  articleAnnotations: 'articleId, articleHash, *tags',
  palette: 'key, order',
} as const;

/** Version 2 stores: briefs. */
export const SCHEMA_V2 = { ...SCHEMA_V1, briefs: 'id, updatedAt' } as const;

export class DossierDb extends Dexie {
  highlights!: EntityTable<Highlight, 'id'>;
  articleAnnotations!: EntityTable<ArticleAnnotation, 'articleId'>;
  palette!: EntityTable<PaletteEntry, 'key'>;
  briefs!: EntityTable<Brief, 'id'>;

  constructor(name = 'dossier') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // Version 2 adds briefs; nothing moves, so there is no upgrade function.
    this.version(2).stores(SCHEMA_V2);
    this.on('populate', (tx) => tx.table('palette').bulkAdd(DEFAULT_PALETTE.map((p) => ({ ...p }))));
  }
}
