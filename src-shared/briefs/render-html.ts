// Renders a brief as one self-contained, print-ready HTML file: inline CSS, no scripts, nothing loaded
// from anywhere (CSP default-src 'none'), every text escaped, quotes cited in the text against one list of
// sources (a graded quote's grade in its citation, the grades' meanings below), with the header block
// (marking, author, organisation, date of analysis) the options give. An ACH matrix is a real table (its
// header repeated on each printed page), a timeline range a dated list, their quotes cited like the rest.
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
import { citeBrief, type Note, oneLine, ORPHAN_FLAG, quoteCount } from './citations';
import { gradeKey } from './evidence-grade';
import { DEFAULT_EXPORT_OPTIONS, outgoingBrief } from './export-options';
import { BRIEF_CSS } from './html-style';
import { citationHtml, escapeHtml, noteHtml } from './html-text';
import { swatchOf } from './palette';

export const BRIEF_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A citation isolated left to right, so its brackets and numbers are never reordered by the text around it. */
const citeHtml = (note: Note): string =>
  `<a class="cite" dir="ltr" href="#source-${note.reference.number}">${escapeHtml(note.marker)}</a>`;

function quoteHtml(note: Note): string {
  // Each quote paragraph takes its own direction (an Arabic or Hebrew quote reads right to left).
  const ref = ` ${citeHtml(note)}`;
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

function achHtml(section: BriefSection, ach: BriefAch, notes: readonly Note[]): string {
  const table = achTable(section, ach, notes);
  const out: string[] = [];
  if (table.question !== '')
    out.push(`<p class="question"><span class="label">Question:</span> <bdi>${escapeHtml(table.question)}</bdi></p>`);
  const keys = table.hypotheses.map(
    (h) => `<li><span class="label">${h.key}:</span> <bdi>${escapeHtml(h.label)}</bdi></li>`,
  );
  out.push(`<ul class="hypotheses">${keys.join('')}</ul>`);
  const head = [
    '<th scope="col" class="evidence-col">Evidence</th>',
    ...table.hypotheses.map((h) => `<th scope="col" title="${escapeHtml(h.label)}">${h.key}</th>`),
    '<th scope="col">Cred.</th>',
    '<th scope="col">Rel.</th>',
  ];
  const rows = table.rows.map((row) => {
    const label = row.label === '' ? '' : `<span class="label">${escapeHtml(row.label.trim())}</span> `;
    const cite = row.note === null ? '' : ` ${citeHtml(row.note)}`;
    const flag = row.diagnostic ? '' : ` <span class="non-diagnostic">(${NOT_DIAGNOSTIC})</span>`;
    const quote = `<span dir="auto">${escapeHtml(row.text)}</span>`;
    const text = `<th scope="row" class="evidence-cell">${label}${quote}${cite}${flag}</th>`;
    const ratings = row.ratings.map(
      (r) => `<td class="rating r-${r === 'N/A' ? 'NA' : r === '–' ? 'none' : r}">${r}</td>`,
    );
    const kind = row.diagnostic ? '' : ' class="not-diagnostic"';
    return `<tr${kind}>${text}${ratings.join('')}<td>${row.credibility}</td><td>${row.relevance}</td></tr>`;
  });
  const scores = table.scores.map((score) => `<td class="score">${score}</td>`).join('');
  out.push(
    `<table class="ach">\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n` +
      `<tfoot><tr><th scope="row">${SCORES_LABEL}</th>${scores}<td></td><td></td></tr></tfoot>\n</table>`,
    `<p class="ranking">${escapeHtml(table.ranking)}</p>`,
    `<p class="rating-key">${escapeHtml(RATING_KEY)}</p>`,
  );
  return `<div class="ach-matrix">\n${out.join('\n')}\n</div>`;
}

function timelineHtml(timeline: BriefTimeline, notes: readonly Note[]): string {
  const out = [`<p class="range">${escapeHtml(timelineRangeLine(timeline))}</p>`];
  const groups = timelineGroups(timeline, notes);
  if (groups.length === 0) out.push('<p class="range">No entries in this range.</p>');
  for (const group of groups) {
    if (group.name !== '') out.push(`<h3 dir="auto">${escapeHtml(group.name)}</h3>`);
    const items = group.lines.map((line) => {
      const cite = line.note === null ? '' : ` ${citeHtml(line.note)}`;
      const gap = line.gap === '' ? '' : ` <span class="gap">(${escapeHtml(line.gap)})</span>`;
      const when = `<time datetime="${escapeHtml(line.date)}">${escapeHtml(line.dateText)}</time>`;
      return `<li class="${line.kind}">${when} — <span dir="auto">${escapeHtml(line.text)}</span>${cite}${gap}</li>`;
    });
    out.push(`<ul class="dated">\n${items.join('\n')}\n</ul>`);
  }
  return `<div class="timeline">\n${out.join('\n')}\n</div>`;
}

const HTML_SECTION: SectionWriter<string> = {
  ach: (section, ach, notes) => [achHtml(section, ach, notes)],
  timeline: (timeline, notes) => [timelineHtml(timeline, notes)],
  quote: (note) => [evidenceHtml(note)],
};

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
  const counts = exportedLine(document.exportedAt, quoteCount(cited), cited.references.length);
  body.push(`<p class="meta">${escapeHtml(counts)}</p>`);
  if (document.summary.trim() !== '') body.push(`<div class="summary">${noteHtml(document.summary)}</div>`);
  for (const { section, notes } of cited.sections) {
    body.push(`<section class="section">\n<h2>${escapeHtml(oneLine(section.heading) || 'Untitled section')}</h2>`);
    if (section.text.trim() !== '') body.push(`<div class="text">${noteHtml(section.text)}</div>`);
    body.push(...sectionBody(section, notes, HTML_SECTION), '</section>');
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
