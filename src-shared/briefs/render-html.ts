// Renders a brief as one self-contained, print-ready HTML file: inline CSS, no scripts, nothing loaded
// from anywhere (CSP default-src 'none'), every text escaped, quotes cited in the text against one list of
// sources (a graded quote's grade in its citation, the grades' meanings below), with the header block
// (marking, author, organisation, date of analysis) the options give.
import type { BriefDocument, BriefExportOptions } from '../../src-preload/contract';
import { bylineOf, exportedLine, markingOf } from './brief-header';
import { inertBrief } from './inert-brief';
import { citeBrief, type Note, oneLine, ORPHAN_FLAG } from './citations';
import { gradeKey } from './evidence-grade';
import { DEFAULT_EXPORT_OPTIONS, outgoingBrief } from './export-options';
import { BRIEF_CSS } from './html-style';
import { citationHtml, escapeHtml, noteHtml } from './html-text';
import { swatchOf } from './palette';

export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function quoteHtml(note: Note): string {
  // Each quote paragraph takes its own direction (an Arabic or Hebrew quote reads right to left); the
  // citation is isolated left to right, so its brackets and numbers are never reordered by the quote.
  const ref = ` <a class="cite" dir="ltr" href="#source-${note.reference.number}">${escapeHtml(note.marker)}</a>`;
  const paragraphs = note.evidence.quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (paragraphs.length === 0) paragraphs.push('');
  const last = paragraphs.length - 1;
  const inner = paragraphs.map((p, i) => `<p dir="auto">${escapeHtml(p)}${i === last ? ref : ''}</p>`).join('');
  return `<blockquote>${inner}</blockquote>`;
}

function evidenceHtml(note: Note): string {
  const { evidence } = note;
  const details: string[] = [];
  if (evidence.orphaned) details.push(`<p class="orphan">${escapeHtml(ORPHAN_FLAG)}</p>`);
  const meaning = oneLine(evidence.meaning);
  const colour = oneLine(evidence.colour);
  if (meaning !== '' || colour !== '') {
    const swatch = swatchOf(colour) === null ? 'swatch' : `swatch c-${colour}`;
    const words =
      meaning !== '' ? `${escapeHtml(meaning)}${colour !== '' ? ` (${escapeHtml(colour)})` : ''}` : escapeHtml(colour);
    details.push(`<p class="meaning"><span class="${swatch}"></span><span class="label">Meaning:</span> ${words}</p>`);
  }
  if (evidence.note.trim() !== '') details.push(`<div class="note">${noteHtml(evidence.note, 'Note')}</div>`);
  const tags = evidence.tags.map(oneLine).filter((tag) => tag !== '');
  if (tags.length > 0) {
    const spans = tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(' ');
    details.push(`<p class="tags"><span class="label">Tags:</span> ${spans}</p>`);
  }
  if (evidence.comment.trim() !== '')
    details.push(`<div class="comment">${noteHtml(evidence.comment, 'Comment')}</div>`);
  const kind = evidence.orphaned ? 'evidence orphaned' : 'evidence';
  const body = `<div class="details">\n${details.join('\n')}\n</div>`;
  return `<figure class="${kind}">\n${quoteHtml(note)}\n${body}\n</figure>`;
}

export function renderHtml(untrusted: BriefDocument, options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS): string {
  const document = outgoingBrief(inertBrief(untrusted), options);
  const cited = citeBrief(document, options.citationStyle);
  const title = escapeHtml(oneLine(document.title) || 'Untitled brief');
  const marking = markingOf(options.header);
  const byline = bylineOf(options.header);
  const body: string[] = [];
  if (marking !== '') body.push(`<p class="marking">${escapeHtml(marking)}</p>`);
  body.push(`<h1>${title}</h1>`);
  if (byline !== '') body.push(`<p class="byline">${escapeHtml(byline)}</p>`);
  const counts = exportedLine(document.exportedAt, cited.notes.length, cited.references.length);
  body.push(`<p class="meta">${escapeHtml(counts)}</p>`);
  if (document.summary.trim() !== '') body.push(`<div class="summary">${noteHtml(document.summary)}</div>`);
  for (const { section, notes } of cited.sections) {
    body.push(`<section class="section">\n<h2>${escapeHtml(oneLine(section.heading) || 'Untitled section')}</h2>`);
    if (section.text.trim() !== '') body.push(`<div class="text">${noteHtml(section.text)}</div>`);
    body.push(...notes.map(evidenceHtml), '</section>');
  }
  if (cited.references.length > 0) {
    const items = cited.references.map((ref) => `<li id="source-${ref.number}">${citationHtml(ref.citation)}</li>`);
    const list = cited.style === 'numbered' ? 'ol' : 'ul class="author-date"';
    const close = cited.style === 'numbered' ? 'ol' : 'ul';
    body.push(`<section class="sources">\n<h2>Sources</h2>\n<${list}>\n${items.join('\n')}\n</${close}>\n</section>`);
  }
  const key = gradeKey(cited.notes.map((note) => note.evidence));
  if (key !== null) body.push(`<p class="grade-key">${escapeHtml(key)}</p>`);
  if (marking !== '') body.push(`<p class="marking">${escapeHtml(marking)}</p>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${BRIEF_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${BRIEF_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
