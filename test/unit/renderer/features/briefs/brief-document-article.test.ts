// articleDocument: one article and its highlights as a brief, the evidence in text order with orphans
// last, valid even with no highlights or with inputs that lack them.
import { describe, expect, it } from 'vitest';
import { articleDocument } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_ARTICLE } from '../../../../fixtures/anchoring/seed-article';
import { SEED_ID, SEED_READ as SEED, SEED_SOURCE } from '../../catalog-records';
import { evidenceOf, expectValid, GONE, highlightIn, inputs, NOW, P1, P5, P6, P8 } from './brief-document-fixture';

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
