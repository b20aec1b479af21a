// Imports a brief from its JSON export: the brief itself, and the highlights it quotes that this
// profile does not have yet (re-created from the quote, context and position the export carries).
// A timeline section comes back as the same kept range (its events re-dated, spans of days and all, on
// highlights it re-creates).
// An ACH section stays live only when this profile has its matrix; otherwise the matrix cannot come back
// from a brief (it belongs to a library's work), so its table is written into the section's text and its
// quotes become the section's evidence, cited as before.
import type { BriefDocument, BriefEvidence, BriefSection } from '../../../src-preload/contract';
import { achText, analysisEvidenceIds, isArticleCitation } from '../../../src-shared/briefs/analysis-sections';
import { newId } from './brief-edit';
import {
  COLOR_KEYS,
  UNCLAIMED,
  type Brief,
  type BriefItem,
  type BriefSectionRecord,
  type ColorKey,
  type DossierDb,
  type Highlight,
  type TimelineEntryRecord,
} from './schema';
import { normaliseTags } from './tags';

export interface ImportedBrief {
  readonly brief: Brief;
  readonly createdHighlights: number;
}

const asItem = (e: BriefEvidence): BriefItem => ({
  id: newId(),
  highlightId: e.highlightId,
  comment: e.comment,
  quote: e.quote,
  articleId: e.source.articleId,
  articleTitle: e.source.title,
});

/** An entry's last day when it spans days after its first (the JSON's schema has bounded it); else nothing. */
const spanEnd = (entry: { readonly date: string; readonly end?: string }): { end?: string } =>
  entry.end !== undefined && entry.end > entry.date ? { end: entry.end } : {};

/** The kept range's entries again, each from the evidence item that cites it (an entry citing none is dropped). */
function timelineEntries(section: BriefSection): TimelineEntryRecord[] {
  const byId = new Map(section.evidence.map((e) => [e.id, e]));
  return (section.timeline?.entries ?? []).flatMap((entry): TimelineEntryRecord[] => {
    const e = entry.evidenceId === null ? undefined : byId.get(entry.evidenceId);
    if (!e) return [];
    const { articleId, title: articleTitle } = e.source;
    if (entry.kind === 'article')
      return [{ kind: 'article', articleId, articleTitle, date: entry.date, group: entry.group }];
    if (isArticleCitation(e)) return [];
    const { date, group } = entry;
    const end = spanEnd(entry);
    const quote = e.quote;
    return [{ kind: 'event', highlightId: e.highlightId, articleId, articleTitle, quote, date, ...end, group }];
  });
}

/** A section as this profile keeps it; `liveMatrices` are the ACH matrices it has. */
function sectionRecord(section: BriefSection, liveMatrices: ReadonlySet<string>): BriefSectionRecord {
  const analysed = analysisEvidenceIds(section);
  const quotes = section.evidence.filter((e) => !isArticleCitation(e));
  const own = quotes.filter((e) => !analysed.has(e.id)).map(asItem);
  const base = { id: newId(), heading: section.heading, text: section.text };
  const { ach, timeline } = section;
  if (ach) {
    if (ach.matrixId !== undefined && liveMatrices.has(ach.matrixId))
      return { ...base, items: own, ach: { matrixId: ach.matrixId } };
    const table = achText(section, ach);
    const text = section.text.trim() === '' ? table : `${section.text}\n\n${table}`;
    return { ...base, text, items: quotes.map(asItem) };
  }
  if (timeline) {
    const { from, to, grouping } = timeline;
    return { ...base, items: own, timeline: { from, to, grouping, entries: timelineEntries(section) } };
  }
  return { ...base, items: quotes.map(asItem) };
}

/** Event dates (and spans' ends) the brief's timelines give highlights, for the highlights the import re-creates. */
function eventDates(document: BriefDocument): Map<string, { eventDate: string; eventDateEnd?: string }> {
  const dates = new Map<string, { eventDate: string; eventDateEnd?: string }>();
  for (const section of document.sections) {
    const byId = new Map(section.evidence.map((e) => [e.id, e]));
    for (const entry of section.timeline?.entries ?? []) {
      const e = entry.evidenceId === null ? undefined : byId.get(entry.evidenceId);
      if (entry.kind !== 'event' || !e || isArticleCitation(e)) continue;
      const { end } = spanEnd(entry);
      dates.set(
        e.highlightId,
        end === undefined ? { eventDate: entry.date } : { eventDate: entry.date, eventDateEnd: end },
      );
    }
  }
  return dates;
}

export async function importBriefDocument(db: DossierDb, document: BriefDocument): Promise<ImportedBrief> {
  const now = Date.now();
  let createdHighlights = 0;
  const brief: Brief = {
    id: document.id,
    title: document.title,
    summary: document.summary,
    sections: [],
    createdAt: Date.parse(document.createdAt) || now,
    updatedAt: now,
  };
  const dates = eventDates(document);
  await db.transaction('rw', db.briefs, db.highlights, db.achMatrices, async () => {
    // A second import of the same file (or a brief exported from this profile) becomes a new brief.
    if (await db.briefs.get(document.id)) brief.id = newId();
    const matrixIds = document.sections.flatMap((s) => (s.ach?.matrixId === undefined ? [] : [s.ach.matrixId]));
    const found = await db.achMatrices.bulkGet(matrixIds);
    const live = new Set(found.flatMap((m) => (m ? [m.id] : [])));
    brief.sections = document.sections.map((s) => sectionRecord(s, live));
    for (const e of document.sections.flatMap((s) => s.evidence)) {
      if (isArticleCitation(e) || (await db.highlights.get(e.highlightId))) continue;
      const eventDate = dates.get(e.highlightId);
      const highlight: Highlight = {
        id: e.highlightId,
        // The library open claims it (library-claims.ts): a brief's JSON does not say which library it quotes.
        libraryId: UNCLAIMED,
        articleId: e.source.articleId,
        articleHash: e.articleHash,
        articleTitle: e.source.title,
        quote: { exact: e.quote, prefix: e.prefix, suffix: e.suffix },
        position: e.position,
        color: COLOR_KEYS.includes(e.colour as ColorKey) ? (e.colour as ColorKey) : 'yellow',
        note: e.note,
        tags: normaliseTags(e.tags),
        ...eventDate,
        createdAt: now,
        updatedAt: now,
      };
      await db.highlights.add(highlight);
      createdHighlights++;
    }
    await db.briefs.add(brief);
  });
  return { brief, createdHighlights };
}
