// Renders a brief as Markdown: title, summary, sections with their quotes as blockquotes, each quote cited
// by a footnote ([^1]) whose definition carries outlet, title, date, paragraph and URL, then the sources.
import type { BriefDocument } from '../../src-preload/contract';
import { inertBrief } from './inert-brief';
import { citeBrief, formatDate, type CitationParts, type Note, oneLine, ORPHAN_FLAG } from './citations';
import { escapeInline, escapeLine, markdownUrl, noteMarkdown } from './markdown-text';

function citationMarkdown(citation: CitationParts): string {
  const lead = escapeLine(citation.lead);
  return citation.url === null ? lead : `${lead}, ${markdownUrl(citation.url)}`;
}

function quoteMarkdown(quote: string, noteNumber: number): string {
  const lines = quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push('');
  // Each of the quote's paragraphs stays a paragraph of the blockquote; the note mark ends the last one.
  return lines
    .map((line, i) => `> ${escapeLine(line)}${i === lines.length - 1 ? `[^${noteNumber}]` : ''}`)
    .join('\n>\n');
}

function evidenceMarkdown(note: Note): string[] {
  const { evidence } = note;
  const out = [quoteMarkdown(evidence.quote, note.number)];
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

export function renderMarkdown(untrusted: BriefDocument): string {
  const document = inertBrief(untrusted);
  const cited = citeBrief(document);
  const out = [`# ${escapeInline(oneLine(document.title) || 'Untitled brief')}`];
  const articles = cited.sources.length === 1 ? 'article' : 'articles';
  const quotes = cited.notes.length === 1 ? 'quote' : 'quotes';
  const counts = `${cited.notes.length} ${quotes} from ${cited.sources.length} ${articles}`;
  out.push(`*Exported ${escapeInline(formatDate(document.exportedAt))} · ${counts}*`);
  if (document.summary.trim() !== '') out.push(noteMarkdown(document.summary));
  for (const { section, notes } of cited.sections) {
    out.push(`## ${escapeInline(oneLine(section.heading) || 'Untitled section')}`);
    if (section.text.trim() !== '') out.push(noteMarkdown(section.text));
    for (const note of notes) out.push(...evidenceMarkdown(note));
  }
  if (cited.notes.length > 0) {
    out.push(
      cited.notes
        .map((note) => {
          const orphan = note.evidence.orphaned ? ` — ${escapeInline(ORPHAN_FLAG)}` : '';
          return `[^${note.number}]: ${citationMarkdown(note.citation)}${orphan}`;
        })
        .join('\n'),
    );
  }
  if (cited.sources.length > 0) {
    out.push(
      '## Sources',
      cited.sources.map((entry) => `${entry.number}. ${citationMarkdown(entry.citation)}`).join('\n'),
    );
  }
  return `${out.join('\n\n')}\n`;
}
