// Renders a brief as Markdown: the header block, title, summary, sections with their quotes as blockquotes,
// each cited in the text ([2, para. 3] or (outlet, 2022, para. 3), with its grade: [2, para. 3; B2]), an ACH
// matrix as a GFM table and a timeline range as a dated list (cited the same way), then the one list of
// sources and what the grades used mean.
import type {
  BriefAch,
  BriefDocument,
  BriefExportOptions,
  BriefSection,
  BriefTimeline,
} from '../../src-preload/contract';
import {
  achTable,
  NOT_DIAGNOSTIC,
  RATING_KEY,
  SCORES_LABEL,
  sectionBody,
  type SectionWriter,
  timelineGroups,
  timelineRangeLine,
} from './analysis-sections';
import { bylineOf, exportedLine, markingOf } from './brief-header';
import { inertBrief } from './inert-brief';
import { citeBrief, type CitationParts, type Note, oneLine, ORPHAN_FLAG, quoteCount } from './citations';
import { gradeKey } from './evidence-grade';
import { DEFAULT_EXPORT_OPTIONS, outgoingBrief } from './export-options';
import { escapeInline, escapeLine, markdownUrl, noteMarkdown } from './markdown-text';

function citationMarkdown(citation: CitationParts): string {
  const lead = escapeLine(citation.lead);
  return citation.url === null ? lead : `${lead}, ${markdownUrl(citation.url)}`;
}

function quoteMarkdown(quote: string, marker: string): string {
  const lines = quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push('');
  // Each of the quote's paragraphs stays a paragraph of the blockquote; the citation ends the last one.
  return lines
    .map((line, i) => `> ${escapeLine(line)}${i === lines.length - 1 ? ` ${escapeInline(marker)}` : ''}`)
    .join('\n>\n');
}

function evidenceMarkdown(note: Note): string[] {
  const { evidence } = note;
  const out = [quoteMarkdown(evidence.quote, note.marker)];
  if (evidence.orphaned) out.push(`**${escapeInline(ORPHAN_FLAG)}**`);
  const meaning = oneLine(evidence.meaning);
  const colour = oneLine(evidence.colour);
  if (meaning !== '' || colour !== '') {
    out.push(
      `**Meaning:** ${escapeInline(meaning !== '' ? `${meaning}${colour !== '' ? ` (${colour})` : ''}` : colour)}`,
    );
  }
  if (evidence.note.trim() !== '') out.push(noteMarkdown(evidence.note, 'Note'));
  const tags = evidence.tags.map(oneLine).filter((tag) => tag !== '');
  if (tags.length > 0) out.push(`**Tags:** ${tags.map(escapeInline).join(', ')}`);
  if (evidence.comment.trim() !== '') out.push(noteMarkdown(evidence.comment, 'Comment'));
  return out;
}

/** A table cell: one line, its pipes escaped (escapeInline escapes `|`). */
const cell = (text: string): string => escapeInline(oneLine(text));

function achMarkdown(section: BriefSection, ach: BriefAch, notes: readonly Note[]): string[] {
  const table = achTable(section, ach, notes);
  const out: string[] = [];
  if (table.question !== '') out.push(`**Question:** ${escapeInline(table.question)}`);
  out.push(table.hypotheses.map((h) => `- **${h.key}:** ${escapeInline(h.label)}`).join('\n'));
  const head = ['Evidence', ...table.columns, 'Cred.', 'Rel.'];
  const rule = ['---', ...table.columns.map(() => ':-:'), '---', '---'];
  const rows = table.rows.map((row) => {
    const label = row.label === '' ? '' : `*${cell(row.label.trim())}* `;
    const marker = row.marker === '' ? '' : ` ${escapeInline(row.marker)}`;
    const flag = row.diagnostic ? '' : ` *(${NOT_DIAGNOSTIC})*`;
    return [`${label}${cell(row.text)}${marker}${flag}`, ...row.ratings, row.credibility, row.relevance];
  });
  const scores = [`**${SCORES_LABEL}**`, ...table.scores, '', ''];
  const lines = [head, rule, ...rows, scores].map((cells) => `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |'));
  out.push(lines.join('\n'), `**${escapeInline(table.ranking)}**`, `*${escapeInline(RATING_KEY)}*`);
  return out;
}

function timelineMarkdown(timeline: BriefTimeline, notes: readonly Note[]): string[] {
  const out = [`*${escapeInline(timelineRangeLine(timeline))}*`];
  const groups = timelineGroups(timeline, notes);
  if (groups.length === 0) out.push('*No entries in this range.*');
  for (const group of groups) {
    if (group.name !== '') out.push(`### ${escapeInline(group.name)}`);
    const items = group.lines.map((line) => {
      const marker = line.marker === '' ? '' : ` ${escapeInline(line.marker)}`;
      const gap = line.gap === '' ? '' : ` (${escapeInline(line.gap)})`;
      return `- ${escapeInline(line.dateText)} — ${escapeInline(line.text)}${marker}${gap}`;
    });
    out.push(items.join('\n'));
  }
  return out;
}

const MARKDOWN_SECTION: SectionWriter<string> = {
  ach: achMarkdown,
  timeline: timelineMarkdown,
  quote: evidenceMarkdown,
};

export function renderMarkdown(untrusted: BriefDocument, options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const document = outgoingBrief(inertBrief(untrusted), options);
  const cited = citeBrief(document, options.citationStyle);
  const marking = markingOf(options.header);
  const byline = bylineOf(options.header);
  const out: string[] = [];
  if (marking !== '') out.push(`**${escapeInline(marking)}**`);
  out.push(`# ${escapeInline(oneLine(document.title) || 'Untitled brief')}`);
  if (byline !== '') out.push(`*${escapeInline(byline)}*`);
  out.push(`*${escapeInline(exportedLine(document.exportedAt, quoteCount(cited), cited.references.length))}*`);
  if (document.summary.trim() !== '') out.push(noteMarkdown(document.summary));
  for (const { section, notes } of cited.sections) {
    out.push(`## ${escapeInline(oneLine(section.heading) || 'Untitled section')}`);
    if (section.text.trim() !== '') out.push(noteMarkdown(section.text));
    out.push(...sectionBody(section, notes, MARKDOWN_SECTION));
  }
  if (cited.references.length > 0) {
    const numbered = cited.style === 'numbered';
    const items = cited.references.map(
      (ref) => `${numbered ? `${ref.number}.` : '-'} ${citationMarkdown(ref.citation)}`,
    );
    out.push('## Sources', items.join('\n'));
  }
  const key = gradeKey(cited.notes.map((note) => note.evidence));
  if (key !== null) out.push(`*${escapeInline(key)}*`);
  if (marking !== '') out.push(`**${escapeInline(marking)}**`);
  return `${out.join('\n\n')}\n`;
}
