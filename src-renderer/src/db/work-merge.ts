// How one record from a file meets the same record in the database: field by field, the newer edit wins,
// except that notes and other prose are never dropped (two different texts are both kept, older first),
// tags are united, an outlet's changes of grade are united (its grade is the latest change's), and a
// brief's sections or an ACH matrix's hypotheses and rows that only one side has are kept.
// Pure; import-plan.ts applies it to a whole file.
import type {
  AchEvidenceRow,
  AchHypothesis,
  AchMatrix,
  ArticleAnnotation,
  Brief,
  BriefItem,
  BriefSectionRecord,
  Highlight,
  HighlightLink,
  PaletteEntry,
  SourceGradeChange,
  SourceRecord,
} from './schema';
import { normaliseTags } from './tags';

export type MergeOutcome = 'added' | 'updated' | 'conflict' | 'unchanged';

export interface Merged<T> {
  readonly outcome: MergeOutcome;
  /** What the database should hold (the local record itself when unchanged). */
  readonly record: T;
  /** For a conflict: what was combined, as the preview lists it. */
  readonly combined: readonly string[];
}

/** Shown between two notes that were both kept: a line of its own, readable in the notes' Markdown. */
export const NOTE_SEPARATOR = '\n\n---\n\n';

/** Both texts when they differ and neither holds the other; older first. */
export function keepBothTexts(older: string, newer: string): string {
  if (older === newer || newer.includes(older)) return newer;
  if (older.includes(newer)) return older;
  return `${older}${NOTE_SEPARATOR}${newer}`;
}

/** The same content, whatever the key order; times of change are not content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) =>
    key === 'updatedAt'
      ? undefined
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
  );
}

const differs = (a: unknown, b: unknown): boolean => canonical(a) !== canonical(b);

interface Timed {
  readonly updatedAt: number;
}

/**
 * Settles the outcome of a merge: unchanged when it equals the local record, updated when it equals the
 * file's (then stamped with the later time), a conflict when it combines both (stamped now: new content).
 */
function settle<T extends Timed>(local: T, incoming: T, merged: T, now: number, combined: string[]): Merged<T> {
  if (!differs(merged, local)) return { outcome: 'unchanged', record: local, combined: [] };
  if (!differs(merged, incoming)) {
    return {
      outcome: 'updated',
      record: { ...merged, updatedAt: Math.max(local.updatedAt, incoming.updatedAt) },
      combined: [],
    };
  }
  return { outcome: 'conflict', record: { ...merged, updatedAt: now }, combined };
}

/** Which side is newer; on a tie the database's record stands. */
function order<T extends Timed>(local: T, incoming: T): { older: T; newer: T; fileNewer: boolean } {
  const fileNewer = incoming.updatedAt > local.updatedAt;
  return fileNewer ? { older: local, newer: incoming, fileNewer } : { older: incoming, newer: local, fileNewer };
}

/** Fields as the analyst knows them; a field of a newer version keeps its own name. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  articleId: 'article',
  articleHash: 'article version',
  articleTitle: 'article title',
  color: 'colour',
  credibility: 'credibility',
  eventDate: 'event date',
  eventDateEnd: 'event end date',
};

/** The fields other than these that differ between the two records, by name. */
function otherDifferences(a: object, b: object, except: readonly string[]): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !except.includes(k)));
  return [...keys]
    .filter((k) => differs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    .map((k) => FIELD_NAMES[k] ?? k);
}

function noteAndTags<T extends { note: string; tags: string[] } & Timed>(
  local: T,
  incoming: T,
  now: number,
  patch: Partial<T> = {},
): Merged<T> {
  const { older, newer, fileNewer } = order(local, incoming);
  const note = keepBothTexts(older.note, newer.note);
  const tags = normaliseTags([...local.tags, ...incoming.tags]);
  const merged: T = { ...older, ...newer, note, tags, ...patch };
  const combined: string[] = [];
  if (note !== local.note && note !== incoming.note) combined.push('both notes kept');
  if (differs(tags, local.tags) && differs(tags, incoming.tags)) combined.push('tags united');
  const fields = otherDifferences(local, incoming, ['note', 'tags', 'updatedAt', 'createdAt']);
  if (fields.length > 0) combined.push(`${fields.join(', ')} from the ${fileNewer ? 'file' : 'app'} (newer)`);
  return settle(local, incoming, merged, now, combined);
}

export function mergeHighlight(local: Highlight | undefined, incoming: Highlight, now: number): Merged<Highlight> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const merged = noteAndTags(local, incoming, now, { createdAt: Math.min(local.createdAt, incoming.createdAt) });
  // An event's span is one value: the newer side's date comes with its own end (or none), never the other's.
  const { newer } = order(local, incoming);
  if (newer.eventDate === undefined || newer.eventDateEnd !== undefined) return merged;
  if (merged.record.eventDateEnd === undefined) return merged;
  const { eventDateEnd: _older, ...record } = merged.record;
  return settle(local, incoming, record, now, [...merged.combined]);
}

export function mergeAnnotation(
  local: ArticleAnnotation | undefined,
  incoming: ArticleAnnotation,
  now: number,
): Merged<ArticleAnnotation> {
  return local ? noteAndTags(local, incoming, now) : { outcome: 'added', record: incoming, combined: [] };
}

function mergeItems(older: readonly BriefItem[], newer: readonly BriefItem[]): BriefItem[] {
  const olderById = new Map(older.map((i) => [i.id, i]));
  const items = newer.map((i) => {
    const o = olderById.get(i.id);
    return o ? { ...o, ...i, comment: keepBothTexts(o.comment, i.comment) } : i;
  });
  const present = new Set(items.flatMap((i) => [i.id, i.highlightId]));
  return [...items, ...older.filter((i) => !present.has(i.id) && !present.has(i.highlightId))];
}

/** Sections in the newer brief's order, with the older one's sections it lacks after them: never dropped. */
function mergeSections(
  older: readonly BriefSectionRecord[],
  newer: readonly BriefSectionRecord[],
): BriefSectionRecord[] {
  const olderById = new Map(older.map((s) => [s.id, s]));
  const sections = newer.map((s) => {
    const o = olderById.get(s.id);
    return o ? { ...o, ...s, text: keepBothTexts(o.text, s.text), items: mergeItems(o.items, s.items) } : s;
  });
  const present = new Set(newer.map((s) => s.id));
  return [...sections, ...older.filter((s) => !present.has(s.id))];
}

export function mergeBrief(local: Brief | undefined, incoming: Brief, now: number): Merged<Brief> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const { older, newer, fileNewer } = order(local, incoming);
  const merged: Brief = {
    ...older,
    ...newer,
    summary: keepBothTexts(older.summary, newer.summary),
    sections: mergeSections(older.sections, newer.sections),
    createdAt: Math.min(local.createdAt, incoming.createdAt),
  };
  const combined: string[] = [];
  if (merged.summary !== local.summary && merged.summary !== incoming.summary) combined.push('both summaries kept');
  if (differs(merged.sections, local.sections) && differs(merged.sections, incoming.sections)) {
    combined.push('sections and evidence from both kept');
  }
  if (local.title !== incoming.title) combined.push(`title from the ${fileNewer ? 'file' : 'app'} (newer)`);
  return settle(local, incoming, merged, now, combined);
}

/** A colour's name: the newer wins; a name never changed counts as oldest. */
export function mergePaletteEntry(local: PaletteEntry | undefined, incoming: PaletteEntry): Merged<PaletteEntry> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const fileNewer = (incoming.updatedAt ?? 0) > (local.updatedAt ?? 0);
  const same = !differs(local, incoming) && local.updatedAt === incoming.updatedAt;
  return same || !fileNewer
    ? { outcome: 'unchanged', record: local, combined: [] }
    : { outcome: 'updated', record: incoming, combined: [] };
}

const changeKey = (c: SourceGradeChange): string => `${c.at}\u0000${c.from}\u0000${c.to}\u0000${c.reason}`;

/** Both histories of grade changes, each change once, oldest first. */
export function uniteHistories(a: readonly SourceGradeChange[], b: readonly SourceGradeChange[]): SourceGradeChange[] {
  const byKey = new Map([...a, ...b].map((c) => [changeKey(c), c]));
  return [...byKey.values()].sort((x, y) => x.at - y.at || (changeKey(x) < changeKey(y) ? -1 : 1));
}

/**
 * An outlet in the register: the newer record's name, both notes kept, both histories united; its grade is
 * the one the latest change of grade gave (the newer record's when neither records a change).
 */
export function mergeSource(
  local: SourceRecord | undefined,
  incoming: SourceRecord,
  now: number,
): Merged<SourceRecord> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const { older, newer, fileNewer } = order(local, incoming);
  const history = uniteHistories(local.history, incoming.history);
  const merged: SourceRecord = {
    ...older,
    ...newer,
    name: newer.name || older.name,
    note: keepBothTexts(older.note, newer.note),
    history,
    reliability: history.at(-1)?.to ?? newer.reliability,
  };
  const combined: string[] = [];
  if (merged.note !== local.note && merged.note !== incoming.note) combined.push('both notes kept');
  if (differs(history, local.history) && differs(history, incoming.history)) combined.push('changes of grade united');
  if (local.reliability !== incoming.reliability) {
    const from = merged.reliability === incoming.reliability ? 'file' : 'app';
    combined.push(`grade ${merged.reliability} from the ${from} (changed latest)`);
  }
  if (local.name !== incoming.name && merged.name === newer.name) {
    combined.push(`name from the ${fileNewer ? 'file' : 'app'} (newer)`);
  }
  return settle(local, incoming, merged, now, combined);
}

/** A link between highlights: the newer kind of link wins. */
export function mergeLink(
  local: HighlightLink | undefined,
  incoming: HighlightLink,
  now: number,
): Merged<HighlightLink> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const { older, newer, fileNewer } = order(local, incoming);
  const merged: HighlightLink = { ...older, ...newer, createdAt: Math.min(local.createdAt, incoming.createdAt) };
  const fields = otherDifferences(local, incoming, ['updatedAt', 'createdAt']);
  return settle(local, incoming, merged, now, [`${fields.join(', ')} from the ${fileNewer ? 'file' : 'app'} (newer)`]);
}

/**
 * A matrix's rows in the newer matrix's order, then the older one's rows it lacks (a highlight it already
 * weighs is not added twice). A shared row is the newer's, with the older's ratings of hypotheses only the
 * older matrix has.
 */
function mergeRows(
  older: readonly AchEvidenceRow[],
  newer: readonly AchEvidenceRow[],
  olderOnly: ReadonlySet<string>,
): AchEvidenceRow[] {
  const olderById = new Map(older.map((r) => [r.id, r]));
  const rows = newer.map((r) => {
    const o = olderById.get(r.id);
    if (!o) return r;
    const kept = Object.entries(o.ratings).filter(([hypothesis]) => olderOnly.has(hypothesis));
    return kept.length === 0 ? r : { ...r, ratings: { ...r.ratings, ...Object.fromEntries(kept) } };
  });
  const present = new Set(newer.flatMap((r) => (r.highlightId === null ? [r.id] : [r.id, r.highlightId])));
  return [
    ...rows,
    ...older.filter((r) => !present.has(r.id) && (r.highlightId === null || !present.has(r.highlightId))),
  ];
}

/**
 * An ACH matrix: the newer's question, hypotheses, rows and ratings win; the hypotheses and evidence rows only
 * the older one has are kept after the newer's, never dropped, as a brief's sections are.
 */
export function mergeMatrix(local: AchMatrix | undefined, incoming: AchMatrix, now: number): Merged<AchMatrix> {
  if (!local) return { outcome: 'added', record: incoming, combined: [] };
  const { older, newer, fileNewer } = order(local, incoming);
  const newerHypotheses = new Set(newer.hypotheses.map((h) => h.id));
  const olderHypotheses: AchHypothesis[] = older.hypotheses.filter((h) => !newerHypotheses.has(h.id));
  const merged: AchMatrix = {
    ...older,
    ...newer,
    hypotheses: [...newer.hypotheses, ...olderHypotheses],
    rows: mergeRows(older.rows, newer.rows, new Set(olderHypotheses.map((h) => h.id))),
    createdAt: Math.min(local.createdAt, incoming.createdAt),
  };
  const combined: string[] = [];
  const both = (field: 'hypotheses' | 'rows'): boolean =>
    differs(merged[field], local[field]) && differs(merged[field], incoming[field]);
  if (both('hypotheses') || both('rows')) combined.push('hypotheses and evidence from both kept');
  const fields = otherDifferences(local, incoming, ['hypotheses', 'rows', 'updatedAt', 'createdAt']);
  if (fields.length > 0) combined.push(`${fields.join(', ')} from the ${fileNewer ? 'file' : 'app'} (newer)`);
  return settle(local, incoming, merged, now, combined);
}
