// Renders a brief as Markdown: the header block, title, summary, sections with their quotes as blockquotes,
// each cited in the text ([2, para. 3] or (outlet, 2022, para. 3), with its grade: [2, para. 3; B2]), then the
// one list of sources and what the grades used mean.
import type { BriefDocument, BriefExportOptions } from '../../src-preload/contract';
import { bylineOf, exportedLine, markingOf } from './brief-header';
import { inertBrief } from './inert-brief';
import { citeBrief, type CitationParts, type Note, oneLine, ORPHAN_FLAG } from './citations';
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

export function renderMarkdown(untrusted: BriefDocument, options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const document = outgoingBrief(inertBrief(untrusted), options);
  const cited = citeBrief(document, options.citationStyle);
  const marking = markingOf(options.header);
  const byline = bylineOf(options.header);
  const out: string[] = [];
  if (marking !== '') out.push(`**${escapeInline(marking)}**`);
  out.push(`# ${escapeInline(oneLine(document.title) || 'Untitled brief')}`);
  if (byline !== '') out.push(`*${escapeInline(byline)}*`);
  out.push(`*${escapeInline(exportedLine(document.exportedAt, cited.notes.length, cited.references.length))}*`);
  if (document.summary.trim() !== '') out.push(noteMarkdown(document.summary));
  for (const { section, notes } of cited.sections) {
    out.push(`## ${escapeInline(oneLine(section.heading) || 'Untitled section')}`);
    if (section.text.trim() !== '') out.push(noteMarkdown(section.text));
    for (const note of notes) out.push(...evidenceMarkdown(note));
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
