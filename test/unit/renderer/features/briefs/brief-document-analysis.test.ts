// A brief's ACH and timeline sections as the document builder makes them from the stored records: the
// matrix scored as it stands (default credibility from the quote's grade), its quotes cited evidence items;
// a deleted matrix said in words; a timeline's events at their current event dates, its publication entry
// cited against the same source list as the quotes.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../../src-shared/briefs/render-markdown';
import type { TimelineSectionRecord } from '../../../../../src-renderer/src/db/schema';
import { briefDocument } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { achMatrix, quoteRow, typedRow } from '../../ach/ach-fixture';
import { SEED_ID } from '../../catalog-records';
import { brief, expectValid, inputs, NOW, P1, P5, P6 } from './brief-document-fixture';

const GRADED_P1 = { ...P1, credibility: 2 as const, eventDate: '2022-02-18' };

const quoted = (h: typeof P1) => ({
  highlightId: h.id,
  text: h.quote.exact,
  articleId: h.articleId,
  articleTitle: h.articleTitle,
});

const MATRIX = achMatrix(
  'Will the talks happen?',
  { h1: 'Talks go ahead', h2: 'Talks called off', h3: 'Talks postponed' },
  [
    quoteRow('row-p1', { ...quoted(P1), text: 'an older copy of the quote' }, { h1: 'C', h2: 'I', h3: 'N' }),
    typedRow('row-assume', 'assumption', 'Moscow wants to be seen talking.', { h1: 'I', h2: 'C', h3: 'C' }),
    quoteRow('row-p5', quoted(P5), { h1: 'N', h2: 'N' }, { relevance: 'low' }),
  ],
  { id: 'matrix-1', libraryId: 'library-a', createdAt: 0, updatedAt: 0 },
);

const TIMELINE: TimelineSectionRecord = {
  from: '2022-02-01',
  to: '2022-02-28',
  grouping: 'tag',
  entries: [
    { kind: 'article', articleId: SEED_ID, articleTitle: 'old title', date: '2022-02-11', group: 'diplomacy' },
    {
      kind: 'event',
      highlightId: P1.id,
      articleId: P1.articleId,
      articleTitle: P1.articleTitle,
      quote: P1.quote.exact,
      date: '2022-02-17',
      group: 'diplomacy',
    },
    {
      kind: 'event',
      highlightId: P6.id,
      articleId: P6.articleId,
      articleTitle: P6.articleTitle,
      quote: P6.quote.exact,
      date: '2022-02-09',
      group: 'nato',
    },
  ],
};

const reliabilities = new Map([['russiaherald.com', 'B' as const]]);
const matrices = new Map([[MATRIX.id, MATRIX]]);

describe('an ACH section', () => {
  const doc = briefDocument(
    brief([{ id: 's-ach', heading: 'Talks', text: '', items: [], ach: { matrixId: MATRIX.id } }]),
    inputs([GRADED_P1, P5], { reliabilities, matrices }),
    NOW,
  );
  const section = doc.sections[0];

  it('scores the matrix as it stands: credibility from the grade unless set, relevance medium unless set', () => {
    expect(section?.ach?.hypotheses).toEqual([
      { id: 'h1', label: 'Talks go ahead', score: -1, rank: 2 },
      { id: 'h2', label: 'Talks called off', score: -Math.SQRT2, rank: 3 },
      { id: 'h3', label: 'Talks postponed', score: 0, rank: 1 },
    ]);
    expect(
      section?.ach?.rows.map((r) => [r.id, r.kind, r.evidenceId, r.credibility, r.relevance, r.ratings, r.diagnostic]),
    ).toEqual([
      ['row-p1', 'highlight', 'row-p1', 'high', 'medium', ['C', 'I', 'N'], true],
      ['row-assume', 'assumption', null, 'medium', 'medium', ['I', 'C', 'C'], true],
      ['row-p5', 'highlight', 'row-p5', 'medium', 'low', ['N', 'N', null], false],
    ]);
    expect(section?.ach?.matrixId).toBe(MATRIX.id);
  });

  it('makes each quoted row an evidence item with the highlight’s current quote, paragraph and grade', () => {
    expect(section?.evidence.map((e) => [e.id, e.quote, e.paragraph, e.grade?.text ?? null])).toEqual([
      ['row-p1', P1.quote.exact, 1, 'B2'],
      ['row-p5', P5.quote.exact, 5, 'B6'],
    ]);
    expect(section?.ach?.rows[0]?.text).toBe(P1.quote.exact);
    expectValid(doc);
    const md = renderMarkdown(doc);
    expect(md).toContain(`| ${P1.quote.exact} \\[1, para. 1; B2\\] | C | I | N | High | Medium |`);
    expect(md).toContain('**Least inconsistent first: H3, H1, H2**');
  });

  it('says so in its text when the matrix is gone, and keeps the analyst’s own text', () => {
    const gone = briefDocument(
      brief([{ id: 's-ach', heading: 'Talks', text: 'My reading.', items: [], ach: { matrixId: 'deleted' } }]),
      inputs([GRADED_P1], { matrices: new Map() }),
      NOW,
    );
    expect(gone.sections[0]?.ach).toBeUndefined();
    expect(gone.sections[0]?.text).toBe('My reading.\n\n*The ACH matrix this section showed has been deleted.*');
    expect(renderMarkdown(gone)).toContain('*The ACH matrix this section showed has been deleted.*');
  });
});

describe('a timeline section', () => {
  const doc = briefDocument(
    brief([{ id: 's-time', heading: 'When', text: '', items: [], timeline: TIMELINE }]),
    inputs([GRADED_P1, P6]),
    NOW,
  );
  const section = doc.sections[0];

  it('dates each event by its highlight now, reports it at its article’s date, and groups the entries', () => {
    expect(section?.timeline?.entries.map((e) => [e.date, e.kind, e.group, e.reportDate, e.evidenceId])).toEqual([
      ['2022-02-09', 'event', 'nato', '2022-02-11', `s-time:event:${P6.id}`],
      ['2022-02-11', 'article', 'diplomacy', null, `s-time:article:${SEED_ID}`],
      ['2022-02-18', 'event', 'diplomacy', '2022-02-11', `s-time:event:${P1.id}`],
    ]);
  });

  it('cites the publication entry against the same source as the quotes, without a quote of its own', () => {
    const article = section?.evidence.find((e) => e.id === `s-time:article:${SEED_ID}`);
    expect(article).toMatchObject({ highlightId: '', quote: '', paragraph: null, grade: null });
    expect(article?.source.title).toBe(P1.articleTitle);
    expectValid(doc);
    const md = renderMarkdown(doc);
    expect(md).toContain(`- 11 Feb 2022 — Published: “${P1.articleTitle}” \\[1\\]`);
    expect(md).toContain('(reported 11 Feb 2022, 7 days earlier)');
    expect(md).toContain('(reported 11 Feb 2022, 2 days later)');
    expect(md).toContain('2 quotes from 1 article');
    expect(md.match(/^1\. /gm)).toHaveLength(1);
  });

  it('gives an event over days its span: the highlight’s now, else the one kept with the range', () => {
    const spanned = { ...GRADED_P1, eventDate: '2022-02-17', eventDateEnd: '2022-02-18' };
    const kept: TimelineSectionRecord = {
      ...TIMELINE,
      entries: TIMELINE.entries.map((e) =>
        e.kind === 'event' && e.highlightId === P6.id ? { ...e, end: '2022-02-10' } : e,
      ),
    };
    const spans = briefDocument(
      brief([{ id: 's-time', heading: 'When', text: '', items: [], timeline: kept }]),
      inputs([spanned, P6]),
      NOW,
    );
    expect(spans.sections[0]?.timeline?.entries.map((e) => [e.date, e.end])).toEqual([
      ['2022-02-09', '2022-02-10'],
      ['2022-02-11', undefined],
      ['2022-02-17', '2022-02-18'],
    ]);
    expectValid(spans);
    const md = renderMarkdown(spans);
    // The gap runs from the report to the first day.
    expect(md).toMatch(/^- 17–18 Feb 2022 — .* \(reported 11 Feb 2022, 6 days earlier\)$/m);
    expect(md).toMatch(/^- 9–10 Feb 2022 — .* \(reported 11 Feb 2022, 2 days later\)$/m);
  });
});
