// What importing a file would do, decided before anything is written: each record merged with the one the
// database holds, counted as new, updated, a conflict (combined from both) or unchanged, and the records
// refused with their reasons. The preview shows it; the import writes exactly its records.
import type { AchMatrix, ArticleAnnotation, Brief, Highlight, HighlightLink, SourceRecord } from './schema';
import type { Refusal } from './web-annotation-read';
import type { ParsedWork, WorkKinds } from './work-document';
import {
  mergeAnnotation,
  mergeBrief,
  mergeHighlight,
  mergeLink,
  mergeMatrix,
  mergePaletteEntry,
  mergeSource,
  type Merged,
} from './work-merge';

export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly conflicts: number;
  readonly unchanged: number;
  readonly refused: number;
}

export type ImportWrites = { readonly [K in keyof WorkKinds]: WorkKinds[K][] };

/** What the file holds, kind by kind, as the preview lists it ("3 highlights, 2 ACH matrices"). */
export interface ImportContents {
  readonly highlights: number;
  readonly notes: number;
  readonly briefs: number;
  readonly matrices: number;
  readonly sources: number;
  readonly links: number;
}

export interface ImportPlan {
  readonly counts: ImportCounts;
  readonly contents: ImportContents;
  /** Each conflict: which record, and what was combined. */
  readonly conflicts: readonly string[];
  readonly refused: readonly Refusal[];
  readonly writes: ImportWrites;
}

/** An article note's key in LocalWork: its library and article (two libraries may each have "notes.txt"). */
export const annotationKey = (a: ArticleAnnotation): string => `${a.libraryId}\u0000${a.articleId}`;

/** The database's records that the file's records meet, by key. */
export type LocalWork = { readonly [K in keyof WorkKinds]: ReadonlyMap<string, WorkKinds[K]> } & {
  /** Of the highlights the file's links name, those the database holds. */
  readonly linkedHighlights: ReadonlySet<string>;
};

/** Shortened, and isolated so right-to-left text (an Arabic quote) cannot reorder the sentence around it. */
const clip = (text: string, max = 60): string =>
  `\u2068${text.length > max ? `${text.slice(0, max - 1)}…` : text}\u2069`;

export const highlightLabel = (h: Highlight): string =>
  `Highlight “${clip(h.quote.exact)}” in ${clip(h.articleTitle || h.articleId)}`;
export const annotationLabel = (a: ArticleAnnotation): string => `Note on ${clip(a.articleTitle || a.articleId)}`;
export const briefLabel = (b: Brief): string => `Brief “${clip(b.title)}”`;
export const sourceLabel = (s: SourceRecord): string => `Source ${clip(s.name || s.domain)}`;
export const linkLabel = (l: HighlightLink): string => `Link ${l.type} ${clip(l.from, 12)} → ${clip(l.to, 12)}`;
export const matrixLabel = (m: AchMatrix): string => `ACH matrix “${clip(m.question || 'untitled')}”`;

/** The highlight ids a file's links name: the ones the database is asked for. */
export const linkEnds = (links: readonly HighlightLink[]): string[] => [
  ...new Set(links.flatMap((l) => [l.from, l.to])),
];

export function planImport(local: LocalWork, incoming: ParsedWork, now: number): ImportPlan {
  // A link is kept only between highlights that will be there: in the file, or in the database already.
  const present = new Set([...incoming.highlights.map((h) => h.id), ...local.linkedHighlights]);
  const dangling = incoming.links.filter((l) => !present.has(l.from) || !present.has(l.to));
  const refused: Refusal[] = [
    ...incoming.refused,
    ...dangling.map((l) => ({
      what: linkLabel(l),
      reason: 'it links a highlight that is neither in the file nor in your work',
    })),
  ];
  const counts = { added: 0, updated: 0, conflicts: 0, unchanged: 0, refused: refused.length };
  const conflicts: string[] = [];
  const take = <T>(merged: Merged<T>, label: (r: T) => string, into: T[]): void => {
    if (merged.outcome === 'unchanged') {
      counts.unchanged++;
      return;
    }
    if (merged.outcome === 'added') counts.added++;
    else if (merged.outcome === 'updated') counts.updated++;
    else {
      counts.conflicts++;
      conflicts.push(`${label(merged.record)}: ${merged.combined.join('; ')}`);
    }
    into.push(merged.record);
  };
  const writes: ImportWrites = {
    highlights: [],
    annotations: [],
    briefs: [],
    palette: [],
    sources: [],
    links: [],
    matrices: [],
  };
  for (const h of incoming.highlights)
    take(mergeHighlight(local.highlights.get(h.id), h, now), highlightLabel, writes.highlights);
  for (const a of incoming.annotations) {
    take(mergeAnnotation(local.annotations.get(annotationKey(a)), a, now), annotationLabel, writes.annotations);
  }
  for (const b of incoming.briefs) take(mergeBrief(local.briefs.get(b.id), b, now), briefLabel, writes.briefs);
  for (const p of incoming.palette)
    take(mergePaletteEntry(local.palette.get(p.key), p), (e) => e.label, writes.palette);
  for (const s of incoming.sources) take(mergeSource(local.sources.get(s.domain), s, now), sourceLabel, writes.sources);
  const kept = incoming.links.filter((l) => present.has(l.from) && present.has(l.to));
  for (const l of kept) take(mergeLink(local.links.get(l.id), l, now), linkLabel, writes.links);
  for (const m of incoming.matrices) {
    take(mergeMatrix(local.matrices.get(m.id), m, now), matrixLabel, writes.matrices);
  }
  const contents: ImportContents = {
    highlights: incoming.highlights.length,
    notes: incoming.annotations.length,
    briefs: incoming.briefs.length,
    matrices: incoming.matrices.length,
    sources: incoming.sources.length,
    links: kept.length,
  };
  return { counts, contents, conflicts, refused, writes };
}
