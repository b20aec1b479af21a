// Citations shared by every brief format: each quote cited in the text, numbered (`[2, para. 3]`) or
// author–date (`(outlet, 2022, para. 3)`), against ONE reference list naming each distinct article once,
// so Markdown, HTML, Word and PDF cite a quote the same way and no notes list repeats the sources.
import type {
  BriefDocument,
  BriefEvidence,
  BriefSection,
  BriefSource,
  CitationStyle,
} from '../../src-preload/contract';

/** Shown beside a quote when its highlight no longer matches the article's text. */
export const ORPHAN_FLAG = '⚠ not found in the current text of the article';

/** A citation in two parts, so formats that can link the URL keep it apart from the words before it. */
export interface CitationParts {
  /** Outlet, quoted title and date: `russiaherald.com, “Title”, 11 Feb 2022` (author–date: `… (2022a). “Title”, …`). */
  readonly lead: string;
  /** Where the quoted title sits in `lead` ([start, end)), for formats that isolate it from the words around. */
  readonly titleSpan: readonly [number, number];
  readonly url: string | null;
}

/** One entry of the reference list: an article, once. */
export interface Reference {
  /** 1-based position in the list (numbered: order of first quote; author–date: alphabetical). */
  readonly number: number;
  readonly source: BriefSource;
  readonly citation: CitationParts;
  /** How the text cites it: `2` (numbered) or `russiaherald.com, 2022a` (author–date). */
  readonly key: string;
}

/** One quote's citation in the text. */
export interface Note {
  /** The quote's place in reading order, 1..n. */
  readonly number: number;
  readonly evidence: BriefEvidence;
  readonly reference: Reference;
  /** `[2, para. 3]` or `(russiaherald.com, 2022a, para. 3)`. */
  readonly marker: string;
}

export interface CitedSection {
  readonly section: BriefSection;
  readonly notes: readonly Note[];
}

export interface CitedBrief {
  readonly style: CitationStyle;
  readonly sections: readonly CitedSection[];
  readonly notes: readonly Note[];
  readonly references: readonly Reference[];
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

const titleOf = (source: BriefSource): string => `“${oneLine(source.title) || 'Untitled article'}”`;
const urlOf = (source: BriefSource): string | null =>
  source.url === null || oneLine(source.url) === '' ? null : oneLine(source.url);
const yearOf = (source: BriefSource): string => /^(\d{4})-/.exec(source.date ?? '')?.[1] ?? 'n.d.';

/** Who the author–date style names: the outlet, else the first words of the title. */
function authorOf(source: BriefSource): string {
  const outlet = oneLine(source.outlet ?? '');
  if (outlet !== '') return outlet;
  const words = (oneLine(source.title) || 'Untitled article').split(' ');
  return `“${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''}”`;
}

/** A numbered reference: `outlet, “Title”, 11 Feb 2022`, then the URL. */
export function citationParts(source: BriefSource): CitationParts {
  const outlet = source.outlet === null || source.outlet === '' ? '' : `${oneLine(source.outlet)}, `;
  const title = titleOf(source);
  const lead = `${outlet}${title}, ${formatDate(source.date)}`;
  return { lead, titleSpan: [outlet.length, outlet.length + title.length], url: urlOf(source) };
}

/** An author–date reference: `outlet (2022a). “Title”, 11 Feb 2022`, then the URL. */
function authorDateParts(source: BriefSource, year: string): CitationParts {
  const opening = source.outlet === null || source.outlet === '' ? '' : `${authorOf(source)} (${year}). `;
  const title = titleOf(source);
  const closing = opening === '' ? ` (${year}), ${formatDate(source.date)}` : `, ${formatDate(source.date)}`;
  return {
    lead: `${opening}${title}${closing}`,
    titleSpan: [opening.length, opening.length + title.length],
    url: urlOf(source),
  };
}

/** A reference as one line of plain text. */
export function referenceText(reference: Reference): string {
  const { lead, url } = reference.citation;
  return url === null ? lead : `${lead}, ${url}`;
}

/** Articles are the same source when their ids match; a brief built without ids falls back to URL and title. */
function sourceKey(source: BriefSource): string {
  return source.articleId !== '' ? `id:${source.articleId}` : `url:${source.url ?? ''}|title:${source.title}`;
}

/** Each distinct article once, in order of its first quote. */
function distinctSources(document: BriefDocument): Map<string, BriefSource> {
  const sources = new Map<string, BriefSource>();
  for (const section of document.sections) {
    for (const { source } of section.evidence)
      if (!sources.has(sourceKey(source))) sources.set(sourceKey(source), source);
  }
  return sources;
}

function numberedReferences(sources: Map<string, BriefSource>): Map<string, Reference> {
  return new Map(
    [...sources].map(([key, source], i) => [
      key,
      { number: i + 1, source, citation: citationParts(source), key: String(i + 1) },
    ]),
  );
}

const sortKey = (s: BriefSource): string => `${authorOf(s).toLowerCase()}\u0000${yearOf(s)}\u0000${s.date ?? ''}`;

/** A–Z by who and year; two articles of one outlet and year become 2022a and 2022b. */
function authorDateReferences(sources: Map<string, BriefSource>): Map<string, Reference> {
  const ordered = [...sources].sort(([, a], [, b]) => sortKey(a).localeCompare(sortKey(b)));
  const groups = new Map<string, number>();
  for (const [, s] of ordered)
    groups.set(`${authorOf(s)}|${yearOf(s)}`, (groups.get(`${authorOf(s)}|${yearOf(s)}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(
    ordered.map(([key, source], i) => {
      const group = `${authorOf(source)}|${yearOf(source)}`;
      const index = seen.get(group) ?? 0;
      seen.set(group, index + 1);
      const year =
        (groups.get(group) ?? 1) > 1 ? `${yearOf(source)}${String.fromCharCode(97 + (index % 26))}` : yearOf(source);
      const citation = authorDateParts(source, year);
      return [key, { number: i + 1, source, citation, key: `${authorOf(source)}, ${year}` }];
    }),
  );
}

function markerOf(style: CitationStyle, reference: Reference, paragraph: number | null): string {
  const para = paragraph === null ? '' : `, para. ${paragraph}`;
  return style === 'numbered' ? `[${reference.key}${para}]` : `(${reference.key}${para})`;
}

export function citeBrief(document: BriefDocument, style: CitationStyle = 'numbered'): CitedBrief {
  const sources = distinctSources(document);
  const references = style === 'numbered' ? numberedReferences(sources) : authorDateReferences(sources);
  const notes: Note[] = [];
  const sections = document.sections.map((section) => ({
    section,
    notes: section.evidence.map((evidence) => {
      const reference = references.get(sourceKey(evidence.source));
      if (reference === undefined) throw new Error('a quote whose source was not listed');
      const note: Note = {
        number: notes.length + 1,
        evidence,
        reference,
        marker: markerOf(style, reference, evidence.paragraph),
      };
      notes.push(note);
      return note;
    }),
  }));
  return { style, sections, notes, references: [...references.values()].sort((a, b) => a.number - b.number) };
}
