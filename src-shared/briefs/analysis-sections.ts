// An ACH matrix and a timeline range as every brief format writes them, in words the formats share: the
// table's header, rows (each quote shortened, with its citation), scores and ranking; the dated list in its
// groups, each entry cited (an event over days as "17–18 Feb 2022"), with the gap between when it happened (its
// first day) and when it was reported.
import type { AchWeight, BriefAch, BriefSection, BriefTimeline } from '../../src-preload/contract';
import { formatScore, ratingText } from '../analysis/ach';
import { formatDate, formatDateSpan, type Note, oneLine } from './citations';
import { escapeInline } from './markdown-text';

/** An item that cites its article as a whole (a timeline's publication entry), not a quote from it. */
export const isArticleCitation = (evidence: { readonly highlightId: string }): boolean => evidence.highlightId === '';

/** The evidence items a section's table or dated list cites; the rest are shown as quotes after it. */
export function analysisEvidenceIds(section: BriefSection): ReadonlySet<string> {
  const ids = [
    ...(section.ach?.rows.map((row) => row.evidenceId) ?? []),
    ...(section.timeline?.entries.map((entry) => entry.evidenceId) ?? []),
  ];
  return new Set(ids.filter((id): id is string => id !== null));
}

/** The notes shown as quotes of their own: those the section's table or list does not cite. */
export function plainNotes(section: BriefSection, notes: readonly Note[]): Note[] {
  const cited = analysisEvidenceIds(section);
  return notes.filter((note) => !cited.has(note.evidence.id));
}

/** How one format writes the parts of a section's body (a string of HTML, lines of Markdown, Word blocks). */
export interface SectionWriter<T> {
  readonly ach: (section: BriefSection, ach: BriefAch, notes: readonly Note[]) => readonly T[];
  readonly timeline: (timeline: BriefTimeline, notes: readonly Note[]) => readonly T[];
  readonly quote: (note: Note) => readonly T[];
}

/** A section's body after its text, in the order every format writes it: its ACH table, its dated list, then
 * the quotes neither cites. */
export function sectionBody<T>(section: BriefSection, notes: readonly Note[], writer: SectionWriter<T>): T[] {
  return [
    ...(section.ach ? writer.ach(section, section.ach, notes) : []),
    ...(section.timeline ? writer.timeline(section.timeline, notes) : []),
    ...plainNotes(section, notes).flatMap(writer.quote),
  ];
}

/** A quote in a table cell is cut, at a word, after this many characters. */
export const CELL_QUOTE_CHARS = 240;

/** One line, at most `max` characters, cut at a word with an ellipsis. */
export function shortQuote(text: string, max = CELL_QUOTE_CHARS): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const WEIGHT_WORDS: Readonly<Record<AchWeight, string>> = { low: 'Low', medium: 'Medium', high: 'High' };
export const UNRATED = '–';
export const NOT_DIAGNOSTIC = 'not diagnostic';
export const SCORES_LABEL = 'Weighted inconsistency';
export const RATING_KEY =
  'CC very consistent · C consistent · N neutral · I inconsistent · II very inconsistent · N/A not applicable · ' +
  `${UNRATED} not rated. Weights: credibility and relevance.`;

export interface AchTableRow {
  /** "Assumption: " or "Absence of evidence: " for a typed row, '' for a quote. */
  readonly label: string;
  readonly text: string;
  /** The quote's citation, `[1, para. 3; B2]`; '' for a typed row. */
  readonly marker: string;
  /** The note that cites it, for formats that link to its source; null for a typed row. */
  readonly note: Note | null;
  readonly diagnostic: boolean;
  /** In the hypotheses' order: "CC" … "N/A", or "–" when not rated. */
  readonly ratings: readonly string[];
  readonly credibility: string;
  readonly relevance: string;
}

export interface AchTable {
  /** The question, or '' when the section's heading already says it. */
  readonly question: string;
  /** "H1", "H2", … */
  readonly columns: readonly string[];
  /** "H1: Russia prepares to invade", … */
  readonly hypotheses: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly AchTableRow[];
  /** The scores in the hypotheses' order, as formatScore writes them. */
  readonly scores: readonly string[];
  /** "Least inconsistent first: H2, H1 = H3". */
  readonly ranking: string;
}

const KIND_LABELS = { highlight: '', assumption: 'Assumption: ', absence: 'Absence of evidence: ' } as const;

/** Hypotheses least inconsistent first; those that share a rank are joined by "=". */
function rankingLine(ach: BriefAch, columns: readonly string[]): string {
  const order = ach.hypotheses.map((h, i) => ({ rank: h.rank, key: columns[i] ?? '', at: i }));
  order.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const parts: string[] = [];
  order.forEach((entry, i) => {
    const tied = i > 0 && order[i - 1]?.rank === entry.rank;
    if (tied) parts[parts.length - 1] += ` = ${entry.key}`;
    else parts.push(entry.key);
  });
  return `Least inconsistent first: ${parts.join(', ')}`;
}

export function achTable(section: BriefSection, ach: BriefAch, notes: readonly Note[]): AchTable {
  const byId = new Map(notes.map((note) => [note.evidence.id, note]));
  const columns = ach.hypotheses.map((_, i) => `H${i + 1}`);
  const question = oneLine(ach.question);
  return {
    question: question === oneLine(section.heading) ? '' : question,
    columns,
    hypotheses: ach.hypotheses.map((h, i) => ({ key: columns[i] ?? '', label: oneLine(h.label) })),
    rows: ach.rows.map((row) => {
      const note = row.evidenceId === null ? null : (byId.get(row.evidenceId) ?? null);
      return {
        label: KIND_LABELS[row.kind],
        text: shortQuote(row.kind === 'highlight' && note ? note.evidence.quote : row.text),
        marker: note?.marker ?? '',
        note,
        diagnostic: row.diagnostic,
        ratings: ach.hypotheses.map((_, i) => {
          const rating = row.ratings[i];
          return rating === null || rating === undefined ? UNRATED : ratingText(rating);
        }),
        credibility: WEIGHT_WORDS[row.credibility],
        relevance: WEIGHT_WORDS[row.relevance],
      };
    }),
    scores: ach.hypotheses.map((h) => formatScore(h.score)),
    ranking: rankingLine(ach, columns),
  };
}

export interface TimelineLine {
  /** ISO yyyy-mm-dd (an event's first day), and as shown: "18 Feb 2022", or "17–18 Feb 2022" over days. */
  readonly date: string;
  /** An event's last day when it spans days, after `date`. */
  readonly end?: string;
  readonly dateText: string;
  readonly kind: 'event' | 'article';
  /** The quote on one line, or `Published: “Title”`. */
  readonly text: string;
  readonly marker: string;
  readonly note: Note | null;
  /** "reported 11 Feb 2022, 7 days earlier"; '' for an article or an undated report. */
  readonly gap: string;
}

export interface TimelineGroup {
  /** '' when the range is not grouped. */
  readonly name: string;
  readonly lines: readonly TimelineLine[];
}

const DAY_MS = 86_400_000;

/** Days from the report to the event (negative: the event came first); null for a date that cannot be read. */
function daysBetween(report: string, event: string): number | null {
  const [a, b] = [Date.parse(`${report}T00:00:00Z`), Date.parse(`${event}T00:00:00Z`)];
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / DAY_MS);
}

/** "reported 11 Feb 2022, 7 days earlier" (reported before it happened), "…, 2 days later", "… the same day". */
export function gapText(date: string, reportDate: string | null): string {
  if (reportDate === null) return '';
  const days = daysBetween(reportDate, date);
  const reported = `reported ${formatDate(reportDate)}`;
  if (days === null) return reported;
  if (days === 0) return `${reported}, the same day`;
  const count = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
  return `${reported}, ${count} ${days > 0 ? 'earlier' : 'later'}`;
}

const UNGROUPED: Readonly<Record<BriefTimeline['grouping'], string>> = {
  none: '',
  tag: 'Untagged',
  story: 'No story',
};

/** The name a timeline entry's group is shown under: '' when not grouped, a name for entries in no group. */
export function groupName(grouping: BriefTimeline['grouping'], group: string): string {
  return grouping === 'none' ? '' : oneLine(group) || UNGROUPED[grouping];
}

/** Entries in the order a dated list shows them: by date, in groups, the group with the earliest entry first. */
export function timelineOrder<T extends { readonly date: string; readonly group: string }>(
  entries: readonly T[],
  grouping: BriefTimeline['grouping'],
): T[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries.toSorted((a, b) => a.date.localeCompare(b.date))) {
    const name = groupName(grouping, entry.group);
    groups.set(name, [...(groups.get(name) ?? []), entry]);
  }
  return [...groups.values()].flat();
}

/** The entries in date order, in their groups (the group with the earliest entry first). */
export function timelineGroups(timeline: BriefTimeline, notes: readonly Note[]): TimelineGroup[] {
  const byId = new Map(notes.map((note) => [note.evidence.id, note]));
  const groups = new Map<string, TimelineLine[]>();
  for (const entry of timelineOrder(timeline.entries, timeline.grouping)) {
    const name = groupName(timeline.grouping, entry.group);
    const note = entry.evidenceId === null ? null : (byId.get(entry.evidenceId) ?? null);
    const text = oneLine(entry.text);
    const end = entry.kind === 'event' && entry.end !== undefined && entry.end > entry.date ? entry.end : undefined;
    const line: TimelineLine = {
      date: entry.date,
      ...(end === undefined ? {} : { end }),
      dateText: formatDateSpan(entry.date, end),
      kind: entry.kind,
      text: entry.kind === 'article' ? `Published: “${text || 'Untitled article'}”` : text,
      marker: note?.marker ?? '',
      note,
      gap: entry.kind === 'event' ? gapText(entry.date, entry.reportDate) : '',
    };
    groups.set(name, [...(groups.get(name) ?? []), line]);
  }
  return [...groups].map(([name, lines]) => ({ name, lines }));
}

/** The range as a line: "Timeline, 1 Feb 2022 to 28 Feb 2022, by tag". */
export function timelineRangeLine(timeline: BriefTimeline): string {
  const by = timeline.grouping === 'none' ? '' : `, by ${timeline.grouping}`;
  return `Timeline, ${formatDate(timeline.from)} to ${formatDate(timeline.to)}${by}`;
}

/**
 * The matrix as the notes' simple Markdown, for a section that can no longer show it live (a brief imported
 * without its matrix): the question, hypotheses with their scores, the ranking, and each row's ratings.
 */
export function achText(section: BriefSection, ach: BriefAch): string {
  const table = achTable({ ...section, heading: '' }, ach, []);
  const hypotheses = table.hypotheses.map(
    (h, i) => `- **${h.key}:** ${escapeInline(h.label)} (${SCORES_LABEL.toLowerCase()} ${table.scores[i] ?? ''})`,
  );
  const rows = table.rows.map((row) => {
    const what = row.label === '' ? `“${escapeInline(row.text)}”` : `*${row.label.trim()}* ${escapeInline(row.text)}`;
    const ratings = table.columns.map((key, i) => `${key} ${row.ratings[i] ?? UNRATED}`).join(', ');
    const weights = `credibility ${row.credibility.toLowerCase()}, relevance ${row.relevance.toLowerCase()}`;
    return `- ${what} — ${ratings}; ${weights}${row.diagnostic ? '' : `; ${NOT_DIAGNOSTIC}`}`;
  });
  return [
    `**ACH matrix:** ${escapeInline(table.question)}`,
    hypotheses.join('\n'),
    `**${table.ranking}**`,
    rows.join('\n'),
  ]
    .filter((block) => block !== '')
    .join('\n\n');
}
