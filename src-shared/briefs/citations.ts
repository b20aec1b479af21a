// Citations shared by every brief format: notes numbered in reading order, each distinct article once in
// the source list, and the wording of a citation, so Markdown, HTML and Word cite a quote the same way.
import type { BriefDocument, BriefEvidence, BriefSection, BriefSource } from '../../src-preload/contract';

/** Shown beside a quote, and in its note, when its highlight no longer matches the article's text. */
export const ORPHAN_FLAG = '⚠ not found in the current text of the article';

/** A citation in two parts, so formats that can link the URL keep it apart from the words before it. */
export interface CitationParts {
  /** Outlet, quoted title, date and paragraph: `russiaherald.com, “Title”, 11 Feb 2022, para. 3`. */
  readonly lead: string;
  /** Where the quoted title sits in `lead` ([start, end)), for formats that isolate it from the words around. */
  readonly titleSpan: readonly [number, number];
  readonly url: string | null;
}

export interface Note {
  readonly number: number;
  readonly evidence: BriefEvidence;
  readonly citation: CitationParts;
}

export interface SourceEntry {
  readonly number: number;
  readonly source: BriefSource;
  readonly citation: CitationParts;
}

export interface CitedSection {
  readonly section: BriefSection;
  readonly notes: readonly Note[];
}

export interface CitedBrief {
  readonly sections: readonly CitedSection[];
  readonly notes: readonly Note[];
  readonly sources: readonly SourceEntry[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-02-11` as `11 Feb 2022`, the same in every locale; anything else is shown as written. */
export function formatDate(iso: string | null): string {
  if (iso === null || iso === '') return 'undated';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Titles, headings and labels are single-line fields; a stray line break must not split a heading. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function citationParts(source: BriefSource, paragraph: number | null): CitationParts {
  const outlet = source.outlet === null || source.outlet === '' ? '' : `${oneLine(source.outlet)}, `;
  const title = `“${oneLine(source.title) || 'Untitled article'}”`;
  const rest = [formatDate(source.date), paragraph === null ? null : `para. ${paragraph}`];
  const lead = [outlet + title, ...rest].filter((part) => part !== null).join(', ');
  const url = source.url === null || oneLine(source.url) === '' ? null : oneLine(source.url);
  return { lead, titleSpan: [outlet.length, outlet.length + title.length], url };
}

/** A note's citation as one line of plain text, with the orphan flag when the quote was not found. */
export function noteText(note: Note): string {
  const { lead, url } = note.citation;
  const line = url === null ? lead : `${lead}, ${url}`;
  return note.evidence.orphaned ? `${line} — ${ORPHAN_FLAG}` : line;
}

export function sourceText(entry: SourceEntry): string {
  const { lead, url } = entry.citation;
  return url === null ? lead : `${lead}, ${url}`;
}

/** Articles are the same source when their ids match; a brief built without ids falls back to URL and title. */
function sourceKey(source: BriefSource): string {
  return source.articleId !== '' ? `id:${source.articleId}` : `url:${source.url ?? ''}|title:${source.title}`;
}

export function citeBrief(document: BriefDocument): CitedBrief {
  const notes: Note[] = [];
  const sources = new Map<string, SourceEntry>();
  const sections = document.sections.map((section) => ({
    section,
    notes: section.evidence.map((evidence) => {
      const note: Note = {
        number: notes.length + 1,
        evidence,
        citation: citationParts(evidence.source, evidence.paragraph),
      };
      notes.push(note);
      const key = sourceKey(evidence.source);
      if (!sources.has(key)) {
        sources.set(key, {
          number: sources.size + 1,
          source: evidence.source,
          citation: citationParts(evidence.source, null),
        });
      }
      return note;
    }),
  }));
  return { sections, notes, sources: [...sources.values()] };
}
