// Renders a brief as one self-contained, print-ready HTML file: inline CSS, no scripts, nothing loaded
// from anywhere (CSP default-src 'none'), every text escaped, quotes cited by numbered endnotes.
import type { BriefDocument } from '../../src-preload/contract';
import { inertBrief } from './inert-brief';
import { citeBrief, formatDate, type Note, oneLine, ORPHAN_FLAG } from './citations';
import { BRIEF_CSS } from './html-style';
import { citationHtml, escapeHtml, noteHtml } from './html-text';
import { swatchOf } from './palette';

export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function quoteHtml(note: Note): string {
  const n = note.number;
  const ref = `<sup class="note-ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`;
  const paragraphs = note.evidence.quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (paragraphs.length === 0) paragraphs.push('');
  const last = paragraphs.length - 1;
  const inner = paragraphs.map((p, i) => `<p>${escapeHtml(p)}${i === last ? ref : ''}</p>`).join('');
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

function endnoteHtml(note: Note): string {
  const n = note.number;
  const orphan = note.evidence.orphaned ? ` — <span class="orphan">${escapeHtml(ORPHAN_FLAG)}</span>` : '';
  const back = `<a class="back" href="#ref-${n}" aria-label="Back to quote ${n}">↩</a>`;
  return `<li id="note-${n}">${citationHtml(note.citation)}${orphan} ${back}</li>`;
}

export function renderHtml(untrusted: BriefDocument): string {
  const document = inertBrief(untrusted);
  const cited = citeBrief(document);
  const title = escapeHtml(oneLine(document.title) || 'Untitled brief');
  const body: string[] = [`<h1>${title}</h1>`];
  const quotes = `${cited.notes.length} ${cited.notes.length === 1 ? 'quote' : 'quotes'}`;
  const articles = `${cited.sources.length} ${cited.sources.length === 1 ? 'article' : 'articles'}`;
  body.push(`<p class="meta">Exported ${escapeHtml(formatDate(document.exportedAt))} · ${quotes} from ${articles}</p>`);
  if (document.summary.trim() !== '') body.push(`<div class="summary">${noteHtml(document.summary)}</div>`);
  for (const { section, notes } of cited.sections) {
    body.push(`<section class="section">\n<h2>${escapeHtml(oneLine(section.heading) || 'Untitled section')}</h2>`);
    if (section.text.trim() !== '') body.push(`<div class="text">${noteHtml(section.text)}</div>`);
    body.push(...notes.map(evidenceHtml), '</section>');
  }
  if (cited.notes.length > 0) {
    body.push(
      `<section class="notes">\n<h2>Notes</h2>\n<ol>\n${cited.notes.map(endnoteHtml).join('\n')}\n</ol>\n</section>`,
    );
  }
  if (cited.sources.length > 0) {
    const items = cited.sources.map((entry) => `<li id="source-${entry.number}">${citationHtml(entry.citation)}</li>`);
    body.push(`<section class="sources">\n<h2>Sources</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`);
  }
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
