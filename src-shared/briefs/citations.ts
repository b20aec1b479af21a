// Citations shared by every brief format: each quote cited in the text, numbered (`[2, para. 3]`) or
// author–date (`(Doe, 2022, para. 3)`, the outlet when no author is known), against ONE reference list naming
// each distinct article once (author, title, outlet, date, URL as far as they are known), so Markdown, HTML,
// Word and PDF cite a quote the same way and no notes list repeats the sources. A graded quote carries its
// grade in its citation (`[2, para. 3; B2]`, `(Doe, 2022, para. 3; B2)`).
import type {
  BriefDocument,
  BriefEvidence,
  BriefSection,
  BriefSource,
  CitationStyle,
} from '../../src-preload/contract';
import { gradeText } from './evidence-grade';

/** Shown beside a quote when its highlight no longer matches the article's text. */
export const ORPHAN_FLAG = '⚠ not found in the current text of the article';

/** A citation in two parts, so formats that can link the URL keep it apart from the words before it. */
export interface CitationParts {
  /**
   * Who, quoted title, outlet and date: `Jane Doe, “Title”, Outlet, 11 Feb 2022` (no author: `Outlet, “Title”,
   * 11 Feb 2022`; author–date: `Jane Doe (2022a). “Title”, Outlet, 11 Feb 2022`).
   */
  readonly lead: string;
  /** Where the quoted title sits in `lead` ([start, end)), for formats that isolate it from the words around. */
  readonly titleSpan: readonly [number, number];
  /** Where the author and the outlet sit in `lead`: article text too, isolated like the title. */
  readonly nameSpans: readonly (readonly [number, number])[];
  readonly url: string | null;
}

/** One entry of the reference list: an article, once. */
export interface Reference {
  /** 1-based position in the list (numbered: order of first quote; author–date: alphabetical). */
  readonly number: number;
  readonly source: BriefSource;
  readonly citation: CitationParts;
  /** How the text cites it: `2` (numbered) or `Doe, 2022a` / `russiaherald.com, 2022a` (author–date). */
  readonly key: string;
}

/** One quote's citation in the text. */
export interface Note {
  /** The quote's place in reading order, 1..n. */
  readonly number: number;
  readonly evidence: BriefEvidence;
  readonly reference: Reference;
  /** The quote's grade, "B2"; null when it has none to show (evidence-grade.ts). */
  readonly grade: string | null;
  /** `[2, para. 3]` or `(russiaherald.com, 2022a, para. 3)`, the grade last when it has one: `[2, para. 3; B2]`. */
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

/**
 * A span of days as briefs and the CSV write it: `17–18 Feb 2022`, `28 Feb – 3 Mar 2022`, `30 Dec 2021 – 2 Jan
 * 2022`; one day (no end, or the end the same day) as formatDate writes it.
 */
export function formatDateSpan(iso: string, end?: string | null): string {
  if (end === undefined || end === null || end === '' || end === iso) return formatDate(iso);
  const [a, b] = [/^(\d{4})-(\d{2})-(\d{2})$/.exec(iso), /^(\d{4})-(\d{2})-(\d{2})$/.exec(end)];
  if (!a || !b) return `${formatDate(iso)} – ${formatDate(end)}`;
  const [day, lastDay] = [Number(a[3]), Number(b[3])];
  if (a[1] !== b[1]) return `${formatDate(iso)} – ${formatDate(end)}`;
  const [month, lastMonth] = [MONTHS[Number(a[2]) - 1], MONTHS[Number(b[2]) - 1]];
  if (a[2] === b[2]) return `${day}–${lastDay} ${month ?? a[2]} ${a[1]}`;
  return `${day} ${month ?? a[2]} – ${lastDay} ${lastMonth ?? b[2]} ${b[1]}`;
}

/** Titles, headings and labels are single-line fields; a stray line break must not split a heading. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const titleOf = (source: BriefSource): string => `“${oneLine(source.title) || 'Untitled article'}”`;
const urlOf = (source: BriefSource): string | null =>
  source.url === null || oneLine(source.url) === '' ? null : oneLine(source.url);
const yearOf = (source: BriefSource): string => /^(\d{4})-/.exec(source.date ?? '')?.[1] ?? 'n.d.';
const outletOf = (source: BriefSource): string => oneLine(source.outlet ?? '');
/** The author as the original names them, without a leading "By" or an e-mail address in angle brackets. */
export function authorName(source: BriefSource): string {
  const name = oneLine((source.author ?? '').replace(/<[^<>]*@[^<>]*>/g, ' ')).replace(/^by\s+/i, '');
  return name.replace(/^["'“”]+|["'“”]+$/g, '').trim();
}

const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'le',
  'la',
  'bin',
  'ibn',
  'al',
]);
const SUFFIX = /^(jr|sr|ii|iii|iv|phd|md)\.?$/i;

/** A person's surname from "Jane Doe", "Ursula von der Leyen", "Doe, Jane", "王小明" (a name without spaces). */
function surnameOf(person: string): string {
  const beforeComma = person.split(',')[0]?.trim() ?? person;
  // "Doe, Jane" puts the surname first: the part before the comma is one word then.
  const words = beforeComma.split(' ').filter((word) => word !== '' && !SUFFIX.test(word));
  if (words.length <= 1) return words[0] ?? person;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] as string).toLowerCase())) start--;
  return words.slice(start).join(' ');
}

/** How the text names the authors: `Doe`, `Doe and Smith`, `Doe et al.`; '' when no author is known. */
export function authorKey(source: BriefSource): string {
  const people = authorName(source)
    .split(/\s*(?:;|&|\band\b)\s*/i)
    .map((person) => person.trim())
    .filter(Boolean);
  if (people.length === 0) return '';
  const first = surnameOf(people[0] as string);
  if (people.length === 1) return first;
  return people.length === 2 ? `${first} and ${surnameOf(people[1] as string)}` : `${first} et al.`;
}

/** Who the author–date style names: the author's surname, else the outlet, else the first words of the title. */
function authorOf(source: BriefSource): string {
  const author = authorKey(source);
  if (author !== '') return author;
  const outlet = outletOf(source);
  if (outlet !== '') return outlet;
  const words = (oneLine(source.title) || 'Untitled article').split(' ');
  return `“${words.slice(0, 4).join(' ')}${words.length > 4 ? '…' : ''}”`;
}

/** Builds a lead from pieces, keeping where the title and the names sit. */
class LeadBuilder {
  private text = '';
  private title: [number, number] = [0, 0];
  private readonly names: [number, number][] = [];

  add(piece: string, kind: 'plain' | 'name' | 'title' = 'plain'): this {
    const span: [number, number] = [this.text.length, this.text.length + piece.length];
    if (kind === 'title') this.title = span;
    else if (kind === 'name' && piece !== '') this.names.push(span);
    this.text += piece;
    return this;
  }

  parts(url: string | null): CitationParts {
    return { lead: this.text, titleSpan: this.title, nameSpans: this.names, url };
  }
}

/** A numbered reference: `Author, “Title”, Outlet, 11 Feb 2022` (no author: `Outlet, “Title”, …`), then the URL. */
export function citationParts(source: BriefSource): CitationParts {
  const [author, outlet] = [authorName(source), outletOf(source)];
  const lead = new LeadBuilder();
  // The outlet leads when no author is known, as a newspaper's unsigned piece is cited by the paper.
  const first = author !== '' ? author : outlet;
  if (first !== '') lead.add(first, 'name').add(', ');
  lead.add(titleOf(source), 'title');
  if (author !== '' && outlet !== '') lead.add(', ').add(outlet, 'name');
  return lead.add(`, ${formatDate(source.date)}`).parts(urlOf(source));
}

/** An author–date reference: `Jane Doe (2022a). “Title”, Outlet, 11 Feb 2022` (or `Outlet (2022a). …`). */
function authorDateParts(source: BriefSource, year: string): CitationParts {
  const [author, outlet] = [authorName(source), outletOf(source)];
  const lead = new LeadBuilder();
  const first = author !== '' ? author : outlet;
  if (first !== '') lead.add(first, 'name').add(` (${year}). `);
  lead.add(titleOf(source), 'title');
  if (first === '') lead.add(` (${year})`);
  if (author !== '' && outlet !== '') lead.add(', ').add(outlet, 'name');
  return lead.add(`, ${formatDate(source.date)}`).parts(urlOf(source));
}

/** The lead in pieces: article text (title words, names) apart, to be isolated, from the citation's own words. */
export function leadPieces(citation: CitationParts): readonly { readonly text: string; readonly isolated: boolean }[] {
  const [titleStart, titleEnd] = citation.titleSpan;
  // The quotation marks stay outside the isolate: inside a right-to-left title they would swap sides.
  const spans = [...citation.nameSpans, [titleStart + 1, titleEnd - 1] as const].toSorted((a, b) => a[0] - b[0]);
  const pieces: { text: string; isolated: boolean }[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) pieces.push({ text: citation.lead.slice(at, start), isolated: false });
    pieces.push({ text: citation.lead.slice(start, end), isolated: true });
    at = end;
  }
  if (at < citation.lead.length) pieces.push({ text: citation.lead.slice(at), isolated: false });
  return pieces;
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

function markerOf(style: CitationStyle, reference: Reference, paragraph: number | null, grade: string | null): string {
  const para = paragraph === null ? '' : `, para. ${paragraph}`;
  const inner = `${reference.key}${para}${grade === null ? '' : `; ${grade}`}`;
  return style === 'numbered' ? `[${inner}]` : `(${inner})`;
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
      const grade = gradeText(evidence);
      const note: Note = {
        number: notes.length + 1,
        evidence,
        reference,
        grade,
        marker: markerOf(style, reference, evidence.paragraph, grade),
      };
      notes.push(note);
      return note;
    }),
  }));
  return { style, sections, notes, references: [...references.values()].sort((a, b) => a.number - b.number) };
}

/** How many quotes the brief cites: its notes less those that cite a whole article (a timeline's publication). */
export function quoteCount(cited: CitedBrief): number {
  return cited.notes.filter((note) => note.evidence.highlightId !== '').length;
}
