// Importing a brief whose sections carry an ACH table and a timeline range: the timeline comes back as the
// same kept range (its events dated on the highlights re-created); an ACH section stays live when this
// profile has its matrix, and otherwise keeps its quotes as evidence and its table as the section's text.
import { describe, expect, it } from 'vitest';
import { importBriefDocument } from '../../../../src-renderer/src/db/brief-import';
import type { AchMatrix, DossierDb } from '../../../../src-renderer/src/db/schema';
import { ANALYSIS_BRIEF, ARABIC_QUOTE, HERALD, KYIV } from '../../shared/briefs/analysis-brief';
import { withTestDb } from './fake-db';

let db: DossierDb;
withTestDb(Date.UTC(2024, 3, 2), (opened) => (db = opened));

const MATRIX: AchMatrix = {
  id: 'matrix-1',
  libraryId: 'library-a',
  question: 'Will Russia invade Ukraine in February?',
  hypotheses: [],
  rows: [],
  createdAt: 0,
  updatedAt: 0,
};

describe('importing a brief with analysis sections', () => {
  it('writes an ACH table whose matrix is not here into the text, its quotes kept as evidence', async () => {
    const { brief, createdHighlights } = await importBriefDocument(db, ANALYSIS_BRIEF);
    const [ach] = brief.sections;
    expect(ach?.ach).toBeUndefined();
    expect(ach?.text).toBe(
      [
        'Weighed on 20 February.',
        '**ACH matrix:** Will Russia invade Ukraine in February?',
        '- **H1:** Invasion (weighted inconsistency −1.00)\n' +
          '- **H2:** Exercise only (weighted inconsistency −1.41)\n' +
          '- **H3:** Coercion (weighted inconsistency 0.00)',
        '**Least inconsistent first: H3, H1, H2**',
        '- “Troops moved to within 50 km of the border.” — H1 C, H2 I, H3 N; credibility high, relevance medium\n' +
          '- *Assumption:* Moscow would not risk sanctions. — H1 I, H2 C, H3 C; ' +
          'credibility medium, relevance medium\n' +
          '- “Talks will continue next week.” — H1 N, H2 N, H3 N; credibility medium, relevance low; not diagnostic',
      ].join('\n\n'),
    );
    expect(ach?.items.map((i) => [i.highlightId, i.quote])).toEqual([
      ['hl-r1', 'Troops moved to within 50 km of the border.'],
      ['hl-r3', 'Talks will continue next week.'],
    ]);
    // Every quote's highlight, none for the article cited whole.
    expect(createdHighlights).toBe(4);
    expect(await db.highlights.get('')).toBeUndefined();
  });

  it('keeps an ACH section live when this profile has its matrix', async () => {
    await db.achMatrices.add(MATRIX);
    const { brief } = await importBriefDocument(db, ANALYSIS_BRIEF);
    expect(brief.sections[0]).toMatchObject({
      text: 'Weighed on 20 February.',
      items: [],
      ach: { matrixId: MATRIX.id },
    });
  });

  it('brings the timeline range back, its events dated (spans and all) on the highlights it re-creates', async () => {
    const { brief } = await importBriefDocument(db, ANALYSIS_BRIEF);
    const time = brief.sections[1];
    expect(time?.items).toEqual([]);
    expect(time?.timeline).toEqual({
      from: '2022-02-01',
      to: '2022-02-28',
      grouping: 'tag',
      entries: [
        {
          kind: 'event',
          highlightId: 'hl-t2',
          articleId: HERALD.articleId,
          articleTitle: HERALD.title,
          quote: ARABIC_QUOTE,
          date: '2022-02-20',
          end: '2022-02-22',
          group: 'Military',
        },
        { kind: 'article', articleId: KYIV.articleId, articleTitle: KYIV.title, date: '2022-02-15', group: 'Kyiv' },
        {
          kind: 'event',
          highlightId: 'hl-t1',
          articleId: HERALD.articleId,
          articleTitle: HERALD.title,
          quote: 'The exercises end on 18 February.',
          date: '2022-02-18',
          group: 'Military',
        },
      ],
    });
    expect((await db.highlights.get('hl-t1'))?.eventDate).toBe('2022-02-18');
    expect((await db.highlights.get('hl-t1'))?.eventDateEnd).toBeUndefined();
    // The event over days comes back over them.
    const span = await db.highlights.get('hl-t2');
    expect([span?.eventDate, span?.eventDateEnd]).toEqual(['2022-02-20', '2022-02-22']);
    expect((await db.highlights.get('hl-r1'))?.eventDate).toBeUndefined();
  });
});
