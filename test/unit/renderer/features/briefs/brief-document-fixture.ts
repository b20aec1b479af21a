// The seed article's highlights, brief items and document inputs the BriefDocument tests share, and the
// check that a document passes the main process's validator after a trip through JSON.
import { expect } from 'vitest';
import { validateBrief } from '../../../../../src-shared/briefs/brief-json';
import type { BriefDocument, BriefEvidence, CatalogEntry } from '../../../../../src-preload/contract';
import { articleText } from '../../../../../src-renderer/src/anchoring/text-model';
import { DEFAULT_PALETTE, type Brief, type BriefItem, type Highlight } from '../../../../../src-renderer/src/db/schema';
import type { DocumentInputs } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_ARTICLE } from '../../../../fixtures/anchoring/seed-article';
import { SEED_ENTRY, SEED_HASH, SEED_ID, SEED_READ as SEED } from '../../catalog-records';

export const CREATED = Date.UTC(2024, 2, 18, 9, 12, 0);
export const UPDATED = Date.UTC(2024, 2, 19, 16, 40, 0);
export const NOW = Date.UTC(2024, 2, 20, 8, 0, 0);

/** A highlight of `exact` where it first occurs in the paragraphs, with 32 characters of context. */
export function highlightIn(
  paragraphs: readonly string[],
  id: string,
  exact: string,
  overrides: Partial<Highlight> = {},
): Highlight {
  const text = articleText(paragraphs);
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`test setup: "${exact}" is not in the text`);
  const end = start + exact.length;
  return {
    id,
    libraryId: 'library-a',
    articleId: SEED_ID,
    articleHash: SEED_HASH,
    articleTitle: SEED_ARTICLE.title,
    quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    position: { start, end },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export const P1 = highlightIn(
  SEED.paragraphs,
  'hl-p1',
  'the Russians have responded with proposed dates for late next week',
  {
    note: '**Conditional** acceptance',
    tags: ['diplomacy', 'us-russia'],
  },
);
export const P5 = highlightIn(SEED.paragraphs, 'hl-p5', 'Sergey Lavrov', { color: 'red' });
export const P6 = highlightIn(
  SEED.paragraphs,
  'hl-p6',
  'push for further engagements with Russia through the NATO-Russia Council',
  { color: 'blue' },
);
export const P8 = highlightIn(
  SEED.paragraphs,
  'hl-p8',
  'if Russia does invade in the coming days, it will make clear they were never serious about diplomacy',
  {
    color: 'purple',
  },
);
/** A quote from an earlier version of the article: nothing like it is in the text now. */
export const GONE: Highlight = {
  ...P5,
  id: 'hl-gone',
  color: 'green',
  quote: {
    exact: 'Moscow has rejected the proposed dates for a meeting',
    prefix: 'ent to a meeting with Lavrov. ',
    suffix: ', according to a Kremlin source',
  },
  position: { start: 1480, end: 1532 },
};
/** A highlight in an article that has since left the library. */
export const ELSEWHERE: Highlight = {
  ...P1,
  id: 'hl-elsewhere',
  articleId: 'local/harbour-strike.txt',
  articleHash: 'hash-harbour',
  articleTitle: 'Port Ardley harbour strike enters second week',
  quote: { exact: 'the harbour authority', prefix: '', suffix: '' },
  position: { start: 10, end: 31 },
};

export function itemFor(h: Highlight, overrides: Partial<BriefItem> = {}): BriefItem {
  return {
    id: `item-${h.id}`,
    highlightId: h.id,
    comment: '',
    quote: h.quote.exact,
    articleId: h.articleId,
    articleTitle: h.articleTitle,
    ...overrides,
  };
}

export function inputs(highlights: readonly Highlight[], overrides: Partial<DocumentInputs> = {}): DocumentInputs {
  return {
    highlights: new Map(highlights.map((h) => [h.id, h])),
    entries: new Map<string, CatalogEntry>([[SEED_ID, SEED_ENTRY]]),
    articles: new Map([[SEED_ID, SEED]]),
    palette: DEFAULT_PALETTE,
    ...overrides,
  };
}

export function brief(sections: Brief['sections']): Brief {
  return {
    id: 'brief-1',
    title: 'Russia & NATO talks',
    summary: 'Conditional dates.',
    sections,
    createdAt: CREATED,
    updatedAt: UPDATED,
  };
}

export const evidenceOf = (document: BriefDocument): BriefEvidence[] => document.sections.flatMap((s) => s.evidence);

/** The document as the main process would receive it: validated, after a trip through JSON. */
export function expectValid(document: BriefDocument): void {
  expect(validateBrief(structuredClone(document))).toEqual(document);
  expect(validateBrief(JSON.parse(JSON.stringify(document)))).toEqual(document);
}

/** The brief most tests build: two sections, the second paragraph's quote first, an orphan among them. */
export const SAMPLE_HIGHLIGHTS = [P1, P5, P6, P8, GONE];
export const SAMPLE_BRIEF = brief([
  {
    id: 's1',
    heading: 'Diplomacy',
    text: 'The **condition** is the story.',
    items: [itemFor(P8, { comment: 'A threat.' }), itemFor(P1), itemFor(GONE)],
  },
  { id: 's2', heading: 'Context', text: '', items: [itemFor(P6), itemFor(P5)] },
]);
