// Citation numbering and wording shared by all formats: notes in reading order, sources once each.
import { describe, expect, it } from 'vitest';
import type { BriefDocument, BriefEvidence } from '../../../../src-preload/contract';
import { citationParts, citeBrief, formatDate, noteText, sourceText } from '../../../../src-shared/briefs/citations';
import { EVIDENCE, expectedNote, expectedSources, FIXTURE, oneTo } from './brief-support';

describe('citeBrief', () => {
  const cited = citeBrief(FIXTURE);

  it('numbers one note per quote, 1..n in reading order, across sections', () => {
    expect(cited.notes.map((note) => note.number)).toEqual(oneTo(EVIDENCE.length));
    expect(cited.notes.map((note) => note.evidence)).toEqual(EVIDENCE);
    expect(cited.sections.map((s) => s.notes.map((note) => note.number))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
    expect(cited.notes.map(noteText)).toEqual(EVIDENCE.map(expectedNote));
  });

  it('lists each distinct article once, in order of its first quote', () => {
    expect(cited.sources.map((entry) => entry.number)).toEqual([1, 2]);
    expect(cited.sources.map(sourceText)).toEqual(expectedSources());
  });

  it('tells apart articles without ids by URL and title', () => {
    const [first] = EVIDENCE;
    if (first === undefined) throw new Error('fixture has no evidence');
    const anonymous = (title: string): BriefEvidence => ({
      ...first,
      source: { ...first.source, articleId: '', title },
    });
    const document: BriefDocument = {
      ...FIXTURE,
      sections: [{ id: 's', heading: 'S', text: '', evidence: [anonymous('A'), anonymous('B'), anonymous('A')] }],
    };
    expect(citeBrief(document).sources.map((entry) => entry.source.title)).toEqual(['A', 'B']);
  });
});

describe('citation wording', () => {
  const source = {
    articleId: 'a.txt',
    title: '  Two\nlines  ',
    outlet: 'example.org',
    date: '2024-12-01',
    url: ' https://example.org/a ',
  };

  it('reads outlet, quoted title, date, paragraph, URL', () => {
    expect(citationParts(source, 3)).toEqual({
      lead: 'example.org, “Two lines”, 1 Dec 2024, para. 3',
      titleSpan: [13, 24],
      url: 'https://example.org/a',
    });
  });

  it('leaves out what the article lacks, and names a missing date and title', () => {
    expect(citationParts({ ...source, title: '', outlet: null, date: null, url: null }, null)).toEqual({
      lead: '“Untitled article”, undated',
      titleSpan: [0, 18],
      url: null,
    });
  });

  it('formats ISO dates the same in every locale, and shows anything else as written', () => {
    expect(formatDate('2022-02-11')).toBe('11 Feb 2022');
    expect(formatDate('2024-03-20T08:00:00.000Z')).toBe('20 Mar 2024');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate(null)).toBe('undated');
  });
});
