// The BriefDocument model over the real seed article: paragraph numbers, orphans, deleted highlights,
// sources from the catalog or from what the highlight remembers, article exports in text order; and every
// document it builds passes the main process's validator.
import { describe, expect, it } from 'vitest';
import { validateBrief } from '../../../../../src-shared/briefs/brief-json';
import type {
  Article,
  ArticleEntry,
  BriefDocument,
  BriefEvidence,
  CatalogEntry,
} from '../../../../../src-preload/contract';
import { articleText } from '../../../../../src-renderer/src/anchoring/text-model';
import { DEFAULT_PALETTE, type Brief, type BriefItem, type Highlight } from '../../../../../src-renderer/src/db/schema';
import {
  articleDocument,
  briefDocument,
  type DocumentInputs,
} from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_ARTICLE } from '../../../../fixtures/anchoring/seed-article';
import { SEED_ENTRY, SEED_HASH, SEED_ID, SEED_READ as SEED, SEED_SOURCE } from '../../catalog-records';

const CREATED = Date.UTC(2024, 2, 18, 9, 12, 0);
const UPDATED = Date.UTC(2024, 2, 19, 16, 40, 0);
const NOW = Date.UTC(2024, 2, 20, 8, 0, 0);

/** A highlight of `exact` where it first occurs in the paragraphs, with 32 characters of context. */
function highlightIn(
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

const P1 = highlightIn(SEED.paragraphs, 'hl-p1', 'the Russians have responded with proposed dates for late next week', {
  note: '**Conditional** acceptance',
  tags: ['diplomacy', 'us-russia'],
});
const P5 = highlightIn(SEED.paragraphs, 'hl-p5', 'Sergey Lavrov', { color: 'red' });
const P6 = highlightIn(
  SEED.paragraphs,
  'hl-p6',
  'push for further engagements with Russia through the NATO-Russia Council',
  { color: 'blue' },
);
const P8 = highlightIn(
  SEED.paragraphs,
  'hl-p8',
  'if Russia does invade in the coming days, it will make clear they were never serious about diplomacy',
  {
    color: 'purple',
  },
);
/** A quote from an earlier version of the article: nothing like it is in the text now. */
const GONE: Highlight = {
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
const ELSEWHERE: Highlight = {
  ...P1,
  id: 'hl-elsewhere',
  articleId: 'local/harbour-strike.txt',
  articleHash: 'hash-harbour',
  articleTitle: 'Port Ardley harbour strike enters second week',
  quote: { exact: 'the harbour authority', prefix: '', suffix: '' },
  position: { start: 10, end: 31 },
};

function itemFor(h: Highlight, overrides: Partial<BriefItem> = {}): BriefItem {
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

function inputs(highlights: readonly Highlight[], overrides: Partial<DocumentInputs> = {}): DocumentInputs {
  return {
    highlights: new Map(highlights.map((h) => [h.id, h])),
    entries: new Map<string, CatalogEntry>([[SEED_ID, SEED_ENTRY]]),
    articles: new Map([[SEED_ID, SEED]]),
    palette: DEFAULT_PALETTE,
    ...overrides,
  };
}

function brief(sections: Brief['sections']): Brief {
  return {
    id: 'brief-1',
    title: 'Russia & NATO talks',
    summary: 'Conditional dates.',
    sections,
    createdAt: CREATED,
    updatedAt: UPDATED,
  };
}

const evidenceOf = (document: BriefDocument): BriefEvidence[] => document.sections.flatMap((s) => s.evidence);

/** The document as the main process would receive it: validated, after a trip through JSON. */
function expectValid(document: BriefDocument): void {
  expect(validateBrief(structuredClone(document))).toEqual(document);
  expect(validateBrief(JSON.parse(JSON.stringify(document)))).toEqual(document);
}

describe('briefDocument', () => {
  const highlights = [P1, P5, P6, P8, GONE];
  const sample = brief([
    {
      id: 's1',
      heading: 'Diplomacy',
      text: 'The **condition** is the story.',
      items: [itemFor(P8, { comment: 'A threat.' }), itemFor(P1), itemFor(GONE)],
    },
    { id: 's2', heading: 'Context', text: '', items: [itemFor(P6), itemFor(P5)] },
  ]);

  it('carries the brief: format, ids, title, summary, section headings and text, ISO times', () => {
    const document = briefDocument(sample, inputs(highlights), NOW);
    expect(document).toMatchObject({
      format: 'dossier-brief',
      version: 1,
      id: 'brief-1',
      title: 'Russia & NATO talks',
      summary: 'Conditional dates.',
      createdAt: '2024-03-18T09:12:00.000Z',
      updatedAt: '2024-03-19T16:40:00.000Z',
      exportedAt: '2024-03-20T08:00:00.000Z',
    });
    expect(document.sections.map((s) => [s.id, s.heading, s.text])).toEqual([
      ['s1', 'Diplomacy', 'The **condition** is the story.'],
      ['s2', 'Context', ''],
    ]);
    expect(document.sections.map((s) => s.evidence.map((e) => e.id))).toEqual([
      ['item-hl-p8', 'item-hl-p1', 'item-hl-gone'],
      ['item-hl-p6', 'item-hl-p5'],
    ]);
    expectValid(document);
  });

  it('numbers paragraphs from 1, right for quotes in different paragraphs', () => {
    const document = briefDocument(sample, inputs(highlights), NOW);
    const paragraphs = Object.fromEntries(evidenceOf(document).map((e) => [e.highlightId, e.paragraph]));
    expect(paragraphs).toEqual({ 'hl-p1': 1, 'hl-p5': 5, 'hl-p6': 6, 'hl-p8': 8, 'hl-gone': null });
    const placed = evidenceOf(document).filter((e) => e.paragraph !== null);
    expect(placed.map((e) => SEED.paragraphs[(e.paragraph ?? 0) - 1]?.includes(e.quote))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('numbers paragraphs in the current text when the article has changed since the highlight was made', () => {
    const edited: Article = { ...SEED, paragraphs: ['Editor’s note: this story was updated.', ...SEED.paragraphs] };
    const document = briefDocument(
      brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1), itemFor(P8)] }]),
      inputs([P1, P8], { articles: new Map([[SEED_ID, edited]]) }),
      NOW,
    );
    expect(evidenceOf(document).map((e) => [e.paragraph, e.orphaned])).toEqual([
      [2, false],
      [9, false],
    ]);
  });

  it('copies the highlight: quote, context, position, hash, colour and meaning, note, tags; and the comment', () => {
    const [p8, p1] = evidenceOf(briefDocument(sample, inputs(highlights), NOW));
    expect(p1).toEqual({
      id: 'item-hl-p1',
      highlightId: 'hl-p1',
      quote: P1.quote.exact,
      prefix: P1.quote.prefix,
      suffix: P1.quote.suffix,
      position: P1.position,
      articleHash: SEED_HASH,
      colour: 'yellow',
      meaning: 'Key fact',
      note: '**Conditional** acceptance',
      tags: ['diplomacy', 'us-russia'],
      comment: '',
      source: SEED_SOURCE,
      paragraph: 1,
      orphaned: false,
    });
    expect(p8).toMatchObject({
      colour: 'purple',
      meaning: 'Contradiction',
      comment: 'A threat.',
      paragraph: 8,
      orphaned: false,
    });
  });

  it('takes meanings from the analyst’s palette', () => {
    const palette = DEFAULT_PALETTE.map((p) => (p.key === 'purple' ? { ...p, label: 'Escalation' } : p));
    const [p8] = evidenceOf(briefDocument(sample, inputs(highlights, { palette }), NOW));
    expect(p8?.meaning).toBe('Escalation');
  });

  it('marks a highlight whose quote is no longer in the text as orphaned, with no paragraph, keeping its quote', () => {
    const gone = evidenceOf(briefDocument(sample, inputs(highlights), NOW)).find((e) => e.highlightId === 'hl-gone');
    expect(gone).toMatchObject({
      orphaned: true,
      paragraph: null,
      quote: GONE.quote.exact,
      colour: 'green',
      meaning: 'Follow up',
    });
    expect(gone?.source).toMatchObject({ outlet: 'russiaherald.com', date: '2022-02-11' });
  });

  it('shows a deleted highlight (no longer stored) as orphaned, with the quote and title the item kept', () => {
    const item = itemFor(P5, {
      id: 'item-deleted',
      highlightId: 'hl-deleted',
      quote: 'Sergey Lavrov has proposed dates',
      articleTitle: 'Title when added',
      comment: 'Still relevant.',
    });
    const document = briefDocument(
      brief([{ id: 's', heading: 'H', text: '', items: [item] }]),
      inputs(highlights),
      NOW,
    );
    const [deleted] = evidenceOf(document);
    expect(deleted).toMatchObject({
      id: 'item-deleted',
      highlightId: 'hl-deleted',
      quote: 'Sergey Lavrov has proposed dates',
      comment: 'Still relevant.',
      orphaned: true,
      paragraph: null,
      note: '',
      tags: [],
    });
    // The article is still in the library, so its catalog entry names the source.
    expect(deleted?.source).toEqual(SEED_SOURCE);
    expectValid(document);
  });

  it('names a deleted highlight’s source from the item when its article has left the library too', () => {
    const item = itemFor(ELSEWHERE, { highlightId: 'hl-deleted' });
    const [deleted] = evidenceOf(
      briefDocument(brief([{ id: 's', heading: 'H', text: '', items: [item] }]), inputs([]), NOW),
    );
    expect(deleted?.source).toEqual({
      articleId: 'local/harbour-strike.txt',
      title: 'Port Ardley harbour strike enters second week',
      outlet: null,
      date: null,
      url: null,
    });
  });

  it('names the source from the highlight’s stored title when the article is missing from the library', () => {
    const renamed = { ...ELSEWHERE, articleTitle: 'Port Ardley strike: second week' };
    const item = itemFor(ELSEWHERE, { articleTitle: 'Older title in the item' });
    const document = briefDocument(brief([{ id: 's', heading: 'H', text: '', items: [item] }]), inputs([renamed]), NOW);
    const [missing] = evidenceOf(document);
    expect(missing).toMatchObject({ orphaned: true, paragraph: null, quote: 'the harbour authority' });
    expect(missing?.source).toEqual({
      articleId: 'local/harbour-strike.txt',
      title: 'Port Ardley strike: second week',
      outlet: null,
      date: null,
      url: null,
    });
    expectValid(document);
  });

  it('prefers the catalog’s title, and leaves outlet and date empty when the article has no URL or date', () => {
    const bare: ArticleEntry = {
      ...SEED_ENTRY,
      title: 'Title from the catalog',
      url: null,
      domain: null,
      date: null,
      dateRaw: '2022-13-45',
    };
    const [p1] = evidenceOf(
      briefDocument(
        brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1)] }]),
        inputs([P1], { entries: new Map([[SEED_ID, bare]]) }),
        NOW,
      ),
    );
    expect(p1?.source).toEqual({
      articleId: SEED_ID,
      title: 'Title from the catalog',
      outlet: null,
      date: null,
      url: null,
    });
    expect(p1?.paragraph).toBe(1);
  });

  it('falls back to the highlight’s title when the catalog only knows the file as broken', () => {
    const broken: CatalogEntry = { id: SEED_ID, ok: false, error: 'binary file', hash: null, size: 10, mtimeMs: 0 };
    const [p1] = evidenceOf(
      briefDocument(
        brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1)] }]),
        inputs([P1], { entries: new Map([[SEED_ID, broken]]), articles: new Map() }),
        NOW,
      ),
    );
    expect(p1).toMatchObject({ orphaned: true, paragraph: null });
    expect(p1?.source).toEqual({ articleId: SEED_ID, title: SEED_ARTICLE.title, outlet: null, date: null, url: null });
  });

  it('builds a valid document for a brief with no sections, and one with an empty section', () => {
    const none = briefDocument(brief([]), inputs([]), NOW);
    const empty = briefDocument(brief([{ id: 's', heading: '', text: '', items: [] }]), inputs([]), NOW);
    expect([none.sections.length, empty.sections[0]?.evidence.length]).toEqual([0, 0]);
    expectValid(none);
    expectValid(empty);
  });
});

describe('articleDocument', () => {
  const scrambled = [P8, GONE, P1, P6, P5];

  it('is the article as a brief: its title, its note as the summary, one Highlights section', () => {
    const document = articleDocument(SEED, scrambled, 'Watch the **condition**.', inputs(scrambled), NOW);
    expect(document).toMatchObject({
      format: 'dossier-brief',
      version: 1,
      id: `article:${SEED_ID}`,
      title: SEED_ARTICLE.title,
      summary: 'Watch the **condition**.',
      createdAt: '2024-03-20T08:00:00.000Z',
      updatedAt: '2024-03-20T08:00:00.000Z',
      exportedAt: '2024-03-20T08:00:00.000Z',
    });
    expect(document.sections.map((s) => [s.id, s.heading, s.text])).toEqual([['highlights', 'Highlights', '']]);
    expectValid(document);
  });

  it('orders evidence by position in the text, orphans last', () => {
    const document = articleDocument(SEED, scrambled, '', inputs(scrambled), NOW);
    expect(evidenceOf(document).map((e) => [e.highlightId, e.paragraph])).toEqual([
      ['hl-p1', 1],
      ['hl-p5', 5],
      ['hl-p6', 6],
      ['hl-p8', 8],
      ['hl-gone', null],
    ]);
    expect(evidenceOf(document).map((e) => e.comment)).toEqual(['', '', '', '', '']);
  });

  it('orders two quotes in the same paragraph by where they start', () => {
    const later = highlightIn(
      SEED.paragraphs,
      'hl-p1-later',
      'provided there is no further Russian invasion of Ukraine',
    );
    const earlier = highlightIn(SEED.paragraphs, 'hl-p1-earlier', 'Ned Price');
    const document = articleDocument(SEED, [later, P1, earlier], '', inputs([later, P1, earlier]), NOW);
    expect(evidenceOf(document).map((e) => e.highlightId)).toEqual(['hl-p1-earlier', 'hl-p1', 'hl-p1-later']);
    expect(evidenceOf(document).map((e) => e.paragraph)).toEqual([1, 1, 1]);
  });

  it('is empty but valid for an article without highlights', () => {
    const document = articleDocument(SEED, [], '', inputs([]), NOW);
    expect(document.sections[0]?.evidence).toEqual([]);
    expectValid(document);
  });

  it('places the given highlights in the given article even when the shared inputs lack them', () => {
    const document = articleDocument(SEED, [P8, P1], '', inputs([], { articles: new Map(), entries: new Map() }), NOW);
    expect(evidenceOf(document).map((e) => [e.highlightId, e.paragraph, e.orphaned])).toEqual([
      ['hl-p1', 1, false],
      ['hl-p8', 8, false],
    ]);
    // With no catalog entry, the article itself names the source.
    expect(evidenceOf(document)[0]?.source).toEqual(SEED_SOURCE);
    expectValid(document);
  });
});
