// briefDocument over the real seed article: what it carries of the brief and of each highlight, paragraph
// numbers in the current text, meanings from the palette, orphans; and every document passes the validator.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../src-preload/contract';
import { DEFAULT_PALETTE } from '../../../../../src-renderer/src/db/schema';
import { briefDocument } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_HASH, SEED_ID, SEED_READ as SEED, SEED_SOURCE } from '../../catalog-records';
import {
  brief,
  evidenceOf,
  expectValid,
  GONE,
  inputs,
  itemFor,
  NOW,
  P1,
  P8,
  SAMPLE_BRIEF,
  SAMPLE_HIGHLIGHTS,
} from './brief-document-fixture';

describe('briefDocument', () => {
  it('carries the brief: format, ids, title, summary, section headings and text, ISO times', () => {
    const document = briefDocument(SAMPLE_BRIEF, inputs(SAMPLE_HIGHLIGHTS), NOW);
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
    const document = briefDocument(SAMPLE_BRIEF, inputs(SAMPLE_HIGHLIGHTS), NOW);
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
    const [p8, p1] = evidenceOf(briefDocument(SAMPLE_BRIEF, inputs(SAMPLE_HIGHLIGHTS), NOW));
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
      grade: null,
    });
    expect(p8).toMatchObject({
      colour: 'purple',
      meaning: 'Contradiction',
      comment: 'A threat.',
      paragraph: 8,
      orphaned: false,
    });
  });

  it('grades each quote by its outlet’s reliability and its highlight’s credibility', () => {
    const judged = SAMPLE_HIGHLIGHTS.map((h) => (h.id === P1.id ? { ...h, credibility: 2 as const } : h));
    const reliabilities = new Map([['russiaherald.com', 'B' as const]]);
    const [p8, p1] = evidenceOf(briefDocument(SAMPLE_BRIEF, inputs(judged, { reliabilities }), NOW));
    expect(p1?.grade).toEqual({ reliability: 'B', credibility: 2, text: 'B2' });
    // The outlet judged, the quote not: its credibility reads 6 (cannot be judged).
    expect(p8?.grade).toEqual({ reliability: 'B', credibility: 6, text: 'B6' });
    expectValid(briefDocument(SAMPLE_BRIEF, inputs(judged, { reliabilities }), NOW));
  });

  it('grades a judged quote from an outlet the register has not judged as F, and leaves F6 out', () => {
    const judged = SAMPLE_HIGHLIGHTS.map((h) => (h.id === P1.id ? { ...h, credibility: 3 as const } : h));
    const [p8, p1] = evidenceOf(briefDocument(SAMPLE_BRIEF, inputs(judged, { reliabilities: new Map() }), NOW));
    expect(p1?.grade?.text).toBe('F3');
    expect(p8?.grade).toBeNull();
  });

  it('takes meanings from the analyst’s palette', () => {
    const palette = DEFAULT_PALETTE.map((p) => (p.key === 'purple' ? { ...p, label: 'Escalation' } : p));
    const [p8] = evidenceOf(briefDocument(SAMPLE_BRIEF, inputs(SAMPLE_HIGHLIGHTS, { palette }), NOW));
    expect(p8?.meaning).toBe('Escalation');
  });

  it('marks a highlight whose quote is no longer in the text as orphaned, with no paragraph, keeping its quote', () => {
    const gone = evidenceOf(briefDocument(SAMPLE_BRIEF, inputs(SAMPLE_HIGHLIGHTS), NOW)).find(
      (e) => e.highlightId === 'hl-gone',
    );
    expect(gone).toMatchObject({
      orphaned: true,
      paragraph: null,
      quote: GONE.quote.exact,
      colour: 'green',
      meaning: 'Follow up',
    });
    expect(gone?.source).toMatchObject({ outlet: 'russiaherald.com', date: '2022-02-11' });
  });

  it('builds a valid document for a brief with no sections, and one with an empty section', () => {
    const none = briefDocument(brief([]), inputs([]), NOW);
    const empty = briefDocument(brief([{ id: 's', heading: '', text: '', items: [] }]), inputs([]), NOW);
    expect([none.sections.length, empty.sections[0]?.evidence.length]).toEqual([0, 0]);
    expectValid(none);
    expectValid(empty);
  });
});
