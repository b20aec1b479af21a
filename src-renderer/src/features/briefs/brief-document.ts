// Turns a stored brief (or one article's highlights) into the BriefDocument every export renders:
// each evidence item with its source, paragraph number, grade, and whether it can still be found
// (brief-evidence.ts); a section that shows an ACH matrix or a timeline range gets its table or dated list
// (brief-analysis.ts).
import type { Article, BriefDocument, BriefSection } from '../../../../src-preload/contract';
import { anchorHighlight } from '../../anchoring/anchor';
import { articleText } from '../../anchoring/text-model';
import type { Brief, BriefSectionRecord, Highlight } from '../../db/schema';
import { achSection, MATRIX_GONE, timelineSection } from './brief-analysis';
import { type DocumentInputs, evidence } from './brief-evidence';

export type { DocumentInputs } from './brief-evidence';

const iso = (ms: number): string => new Date(ms).toISOString();

/** A stored section as the exports show it: its items, and its ACH table or dated list with their citations. */
function section(record: BriefSectionRecord, inputs: DocumentInputs): BriefSection {
  const items = record.items.map((i) => evidence(i, inputs));
  const base = { id: record.id, heading: record.heading, text: record.text, evidence: items };
  if (record.ach) {
    const matrix = inputs.matrices?.get(record.ach.matrixId);
    if (!matrix) return { ...base, text: record.text.trim() === '' ? MATRIX_GONE : `${record.text}\n\n${MATRIX_GONE}` };
    const shown = achSection(matrix, inputs);
    return { ...base, ach: shown.ach, evidence: [...shown.evidence, ...items] };
  }
  if (record.timeline) {
    const shown = timelineSection(record.id, record.timeline, inputs);
    return { ...base, timeline: shown.timeline, evidence: [...shown.evidence, ...items] };
  }
  return base;
}

export function briefDocument(brief: Brief, inputs: DocumentInputs, now = Date.now()): BriefDocument {
  return {
    format: 'dossier-brief',
    version: 1,
    id: brief.id,
    title: brief.title,
    summary: brief.summary,
    sections: brief.sections.map((s) => section(s, inputs)),
    createdAt: iso(brief.createdAt),
    updatedAt: iso(brief.updatedAt),
    exportedAt: iso(now),
  };
}

/** One article with its annotations, as a brief: its note as the summary, its highlights in text order. */
export function articleDocument(
  article: Article,
  highlights: readonly Highlight[],
  note: string,
  inputs: DocumentInputs,
  now = Date.now(),
): BriefDocument {
  const text = articleText(article.paragraphs);
  // Orphans go last, in the order given (sort is stable).
  const ordered = highlights
    .map((h) => {
      const at = anchorHighlight(text, h);
      return { h, start: at.status === 'anchored' ? at.start : Number.MAX_SAFE_INTEGER };
    })
    .sort((a, b) => a.start - b.start);
  const items = ordered.map(({ h }) => ({
    id: h.id,
    highlightId: h.id,
    comment: '',
    quote: h.quote.exact,
    articleId: h.articleId,
    articleTitle: h.articleTitle,
  }));
  // The article and highlights given are the ones to place, whatever the shared inputs hold.
  const own: DocumentInputs = {
    ...inputs,
    highlights: new Map([...inputs.highlights, ...highlights.map((h) => [h.id, h] as const)]),
    articles: new Map([...inputs.articles, [article.id, article]]),
  };
  return {
    format: 'dossier-brief',
    version: 1,
    id: `article:${article.id}`,
    title: article.title,
    summary: note,
    sections: [{ id: 'highlights', heading: 'Highlights', text: '', evidence: items.map((i) => evidence(i, own)) }],
    createdAt: iso(now),
    updatedAt: iso(now),
    exportedAt: iso(now),
  };
}
