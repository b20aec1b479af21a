// Citations shared by all formats: each quote cited in the text, numbered or author–date, against ONE
// list naming each distinct article once (numbered by first quote, or A–Z with 2022a/2022b).
import { describe, expect, it } from 'vitest';
import type { BriefDocument, BriefEvidence, BriefSource } from '../../../../src-preload/contract';
import {
  authorKey,
  citationParts,
  citeBrief,
  formatDate,
  formatDateSpan,
  leadPieces,
  referenceText,
} from '../../../../src-shared/briefs/citations';
import { EVIDENCE, expectedAuthorDate, expectedMarker, expectedSources, FIXTURE, oneTo, at } from './brief-support';

const first: BriefEvidence = at(EVIDENCE, 0);

function quoting(...sources: Partial<BriefSource>[]): BriefDocument {
  const evidence = sources.map((source, i): BriefEvidence => ({
    ...first,
    id: `e${i}`,
    source: { ...first.source, ...source },
  }));
  return { ...FIXTURE, sections: [{ id: 's', heading: 'S', text: '', evidence }] };
}

describe('citeBrief, numbered', () => {
  const cited = citeBrief(FIXTURE);

  it('cites every quote in reading order by its source’s number and paragraph', () => {
    expect(cited.notes.map((note) => note.number)).toEqual(oneTo(EVIDENCE.length));
    expect(cited.notes.map((note) => note.evidence)).toEqual(EVIDENCE);
    expect(cited.notes.map((note) => note.marker)).toEqual(EVIDENCE.map(expectedMarker));
    expect(cited.sections.map((s) => s.notes.map((note) => note.number))).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ]);
  });

  it('lists each distinct article once, in order of its first quote', () => {
    expect(cited.references.map((ref) => ref.number)).toEqual([1, 2]);
    expect(cited.references.map(referenceText)).toEqual(expectedSources());
  });

  it('tells apart articles without ids by URL and title', () => {
    const document = quoting(
      { articleId: '', title: 'A' },
      { articleId: '', title: 'B' },
      { articleId: '', title: 'A' },
    );
    expect(citeBrief(document).references.map((ref) => ref.source.title)).toEqual(['A', 'B']);
    expect(citeBrief(document).notes.map((note) => note.marker)).toEqual([
      '[1, para. 1]',
      '[2, para. 1]',
      '[1, para. 1]',
    ]);
  });
});

describe('citeBrief, author–date', () => {
  it('cites (outlet, year, paragraph) and lists the sources A–Z', () => {
    const cited = citeBrief(FIXTURE, 'author-date');
    expect(cited.notes.map((note) => note.marker)).toEqual(EVIDENCE.map(expectedAuthorDate));
    expect(cited.references.map((ref) => ref.source.outlet)).toEqual(['ardley-gazette.example', 'russiaherald.com']);
    expect(cited.references.map((ref) => ref.number)).toEqual([1, 2]);
  });

  it('tells apart two articles of one outlet and year as 2022a and 2022b, by date', () => {
    const document = quoting(
      { articleId: 'late', title: 'Late', date: '2022-06-01' },
      { articleId: 'early', title: 'Early', date: '2022-02-01' },
      { articleId: 'other', title: 'Other', date: '2021-01-01' },
    );
    const cited = citeBrief(document, 'author-date');
    expect(cited.notes.map((note) => note.marker)).toEqual([
      '(russiaherald.com, 2022b, para. 1)',
      '(russiaherald.com, 2022a, para. 1)',
      '(russiaherald.com, 2021, para. 1)',
    ]);
    expect(cited.references.map((ref) => ref.citation.lead)).toEqual([
      'russiaherald.com (2021). “Other”, 1 Jan 2021',
      'russiaherald.com (2022a). “Early”, 1 Feb 2022',
      'russiaherald.com (2022b). “Late”, 1 Jun 2022',
    ]);
  });

  it('names an article without outlet by its title’s first words, and one without date n.d.', () => {
    const cited = citeBrief(
      quoting({ outlet: null, url: null, date: null, title: 'A long title of many words here' }),
      'author-date',
    );
    expect(cited.notes[0]?.marker).toBe('(“A long title of…”, n.d., para. 1)');
    expect(cited.references[0]?.citation).toEqual({
      lead: '“A long title of many words here” (n.d.), undated',
      titleSpan: [0, 33],
      nameSpans: [],
      url: null,
    });
  });

  it('names an article by its author’s surname when known, and lists it under that name', () => {
    const document = quoting(
      { articleId: 'doe', title: 'Talks', author: 'By Jane Doe', outlet: 'The Herald', date: '2022-02-11' },
      { articleId: 'herald', title: 'Unsigned', author: null, outlet: 'Ardley Herald', date: '2022-03-01' },
      { articleId: 'leyen', title: 'Speech', author: 'Ursula von der Leyen', outlet: null, date: '2021-05-01' },
    );
    const cited = citeBrief(document, 'author-date');
    expect(cited.notes.map((note) => note.marker)).toEqual([
      '(Doe, 2022, para. 1)',
      '(Ardley Herald, 2022, para. 1)',
      '(von der Leyen, 2021, para. 1)',
    ]);
    expect(cited.references.map((ref) => ref.citation.lead)).toEqual([
      'Ardley Herald (2022). “Unsigned”, 1 Mar 2022',
      'Jane Doe (2022). “Talks”, The Herald, 11 Feb 2022',
      'Ursula von der Leyen (2021). “Speech”, 1 May 2021',
    ]);
  });

  it('tells apart two articles of one author and year as 2022a and 2022b', () => {
    const cited = citeBrief(
      quoting(
        { articleId: 'b', title: 'Second', author: 'Jane Doe', date: '2022-06-01' },
        { articleId: 'a', title: 'First', author: 'Doe, Jane', date: '2022-02-01' },
      ),
      'author-date',
    );
    expect(cited.notes.map((note) => note.marker)).toEqual(['(Doe, 2022b, para. 1)', '(Doe, 2022a, para. 1)']);
  });
});

const key = (author: string | null | undefined): string => authorKey({ ...first.source, author });

describe('authorKey', () => {
  it('is the surname: given names, particles, suffixes, "Surname, Given", names without spaces', () => {
    expect(key('Jane Doe')).toBe('Doe');
    expect(key('by Jane Doe')).toBe('Doe');
    expect(key('Martin Luther King Jr.')).toBe('King');
    expect(key('Doe, Jane')).toBe('Doe');
    expect(key('Charles de Gaulle')).toBe('de Gaulle');
    expect(key('Reuters')).toBe('Reuters');
    expect(key('王小明')).toBe('王小明');
    expect(key('"Jane Doe" <jane.doe@example.org>')).toBe('Doe');
  });

  it('names two authors, and the first of more with et al.; nothing when none is known', () => {
    expect(key('Jane Doe and John Smith')).toBe('Doe and Smith');
    expect(key('Jane Doe; John Smith; Ann Lee')).toBe('Doe et al.');
    expect(key('Jane Doe & John Smith & Ann Lee')).toBe('Doe et al.');
    expect(key(null)).toBe('');
    expect(key(undefined)).toBe('');
    expect(key('  ')).toBe('');
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

  it('reads outlet, quoted title, date, URL when no author is known', () => {
    expect(citationParts(source)).toEqual({
      lead: 'example.org, “Two lines”, 1 Dec 2024',
      titleSpan: [13, 24],
      nameSpans: [[0, 11]],
      url: 'https://example.org/a',
    });
  });

  it('reads author, quoted title, outlet, date, URL when both are known', () => {
    const named = { ...source, author: ' Jane\nDoe ', outlet: 'The Herald' };
    expect(citationParts(named)).toEqual({
      lead: 'Jane Doe, “Two lines”, The Herald, 1 Dec 2024',
      titleSpan: [10, 21],
      nameSpans: [
        [0, 8],
        [23, 33],
      ],
      url: 'https://example.org/a',
    });
    expect(citationParts({ ...named, outlet: null }).lead).toBe('Jane Doe, “Two lines”, 1 Dec 2024');
    expect(citationParts({ ...named, author: '' }).lead).toBe('The Herald, “Two lines”, 1 Dec 2024');
  });

  it('keeps the words of the article apart from its own, for formats that isolate them', () => {
    const pieces = leadPieces(citationParts({ ...source, author: 'محمد العلي', outlet: 'The Herald' }));
    expect(pieces).toEqual([
      { text: 'محمد العلي', isolated: true },
      { text: ', “', isolated: false },
      { text: 'Two lines', isolated: true },
      { text: '”, ', isolated: false },
      { text: 'The Herald', isolated: true },
      { text: ', 1 Dec 2024', isolated: false },
    ]);
  });

  it('leaves out what the article lacks, and names a missing date and title', () => {
    expect(citationParts({ ...source, title: '', outlet: null, author: null, date: null, url: null })).toEqual({
      lead: '“Untitled article”, undated',
      titleSpan: [0, 18],
      nameSpans: [],
      url: null,
    });
  });

  it('formats ISO dates the same in every locale, and shows anything else as written', () => {
    expect(formatDate('2022-02-11')).toBe('11 Feb 2022');
    expect(formatDate('2024-03-20T08:00:00.000Z')).toBe('20 Mar 2024');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate(null)).toBe('undated');
  });

  it('writes a span of days as short as it reads: within a month, across months, across years', () => {
    expect(formatDateSpan('2022-02-17', '2022-02-18')).toBe('17–18 Feb 2022');
    expect(formatDateSpan('2022-02-28', '2022-03-02')).toBe('28 Feb – 2 Mar 2022');
    expect(formatDateSpan('2021-12-30', '2022-01-02')).toBe('30 Dec 2021 – 2 Jan 2022');
    expect(formatDateSpan('2022-02-17', '2022-02-17')).toBe('17 Feb 2022');
    expect(formatDateSpan('2022-02-17')).toBe('17 Feb 2022');
    expect(formatDateSpan('2022-02-17', 'soon')).toBe('17 Feb 2022 – soon');
  });
});
