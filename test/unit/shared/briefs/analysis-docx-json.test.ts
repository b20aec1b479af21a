// The Word brief and the JSON brief with an ACH section and a timeline section: in Word a real table whose
// header row repeats on each page, its cells' text and citations, and the dated list; in JSON the sections
// come back equal, and a table or list that cites evidence its section lacks, or is out of bounds, is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { MAX_HYPOTHESES, parseBriefJson, serialiseBrief } from '../../../../src-shared/briefs/brief-json';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import { ANALYSIS_BRIEF, MARKERS, RANKING, SOURCE_LINES, TIMELINE_LINES } from './analysis-brief';
import { at, decodeEntities, wordParagraphs } from './brief-support';
import { readZip } from './read-zip';

let xml = '';

beforeAll(async () => {
  const bytes = readZip(await renderDocx(ANALYSIS_BRIEF)).get('word/document.xml');
  if (!bytes) throw new Error('no word/document.xml');
  xml = new TextDecoder().decode(bytes);
});

/** The rows of the document's first table, each as its cells' text. */
function tableRows(): { header: boolean; cells: string[] }[] {
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
  return [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => ({
    header: /<w:tblHeader\/>/.test(row[1] ?? ''),
    cells: [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      [...(cell[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeEntities(t[1] ?? '')).join(''),
    ),
  }));
}

describe('renderDocx with analysis sections', () => {
  it('writes the matrix as one table, its header row repeated on each page, rows that never split', () => {
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(tableRows()).toEqual([
      { header: true, cells: ['Evidence', 'H1', 'H2', 'H3', 'Cred.', 'Rel.'] },
      {
        header: false,
        cells: [`Troops moved to within 50 km of the border. ${MARKERS.r1}`, 'C', 'I', 'N', 'High', 'Medium'],
      },
      { header: false, cells: ['Assumption: Moscow would not risk sanctions.', 'I', 'C', 'C', 'Medium', 'Medium'] },
      {
        header: false,
        cells: [`Talks will continue next week. ${MARKERS.r3} (not diagnostic)`, 'N', 'N', 'N', 'Medium', 'Low'],
      },
      { header: false, cells: ['Weighted inconsistency', '−1.00', '−1.41', '0.00', '', ''] },
    ]);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(5);
  });

  it('ranks the hypotheses under the table and lists the timeline under its group headings', () => {
    const paragraphs = wordParagraphs(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/, ''));
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain(RANKING);
    expect(texts).toEqual(expect.arrayContaining(['H1: Invasion', 'H2: Exercise only', 'H3: Coercion']));
    const groups = paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(groups).toEqual(['Kyiv', 'Military']);
    const start = texts.indexOf('Timeline, 1 Feb 2022 to 28 Feb 2022, by tag');
    expect(texts.slice(start + 1, texts.indexOf('Sources'))).toEqual([
      'Kyiv',
      TIMELINE_LINES[0],
      'Military',
      TIMELINE_LINES[1],
      TIMELINE_LINES[2],
    ]);
    expect(texts.slice(texts.indexOf('Sources') + 1, texts.indexOf('Sources') + 3)).toEqual(SOURCE_LINES);
  });
});

const variant = (change: (doc: BriefDocument) => BriefDocument): string =>
  JSON.stringify(change(structuredClone(ANALYSIS_BRIEF)));

describe('brief JSON with analysis sections', () => {
  it('round-trips the ACH table and the timeline unchanged', () => {
    const text = serialiseBrief(ANALYSIS_BRIEF);
    const back = parseBriefJson(text);
    expect(back).toEqual(ANALYSIS_BRIEF);
    expect(serialiseBrief(back)).toBe(text);
  });

  const [achSection, timeSection] = ANALYSIS_BRIEF.sections;
  if (!achSection?.ach || !timeSection?.timeline) throw new Error('fixture');
  const { ach } = achSection;
  const { timeline } = timeSection;

  it('refuses a row that rates fewer hypotheses than there are', () => {
    const short = variant((d) => ({
      ...d,
      sections: [{ ...achSection, ach: { ...ach, rows: ach.rows.map((r) => ({ ...r, ratings: ['C'] })) } }],
    }));
    expect(() => parseBriefJson(short)).toThrow(/must rate each hypothesis/);
  });

  it('refuses a table or a list that cites evidence its section does not hold', () => {
    const stray = variant((d) => ({
      ...d,
      sections: [
        { ...timeSection, timeline: { ...timeline, entries: [{ ...at(timeline.entries, 0), evidenceId: 'nope' }] } },
      ],
    }));
    expect(() => parseBriefJson(stray)).toThrow(/cites evidence that is not in its section/);
  });

  it('bounds what it accepts: hypotheses, ratings and dates', () => {
    const many = Array.from({ length: MAX_HYPOTHESES + 1 }, (_, i) => ({ id: `h${i}`, label: '', score: 0, rank: 1 }));
    const tooMany = variant((d) => ({
      ...d,
      sections: [{ ...achSection, ach: { ...ach, hypotheses: many, rows: [] } }],
    }));
    expect(() => parseBriefJson(tooMany)).toThrow(/not a valid Dossier brief/);
    const badRating = variant((d) => d).replace('"ratings":["C","I","N"]', '"ratings":["C","X","N"]');
    expect(badRating).toContain('"X"');
    expect(() => parseBriefJson(badRating)).toThrow(/not a valid Dossier brief/);
    const badDate = variant((d) => ({
      ...d,
      sections: [{ ...timeSection, timeline: { ...timeline, from: 'Feb 2022' } }],
    }));
    expect(() => parseBriefJson(badDate)).toThrow(/expected a date as yyyy-mm-dd/);
    const entries = (end: string) =>
      variant((d) => ({
        ...d,
        sections: [
          { ...timeSection, timeline: { ...timeline, entries: timeline.entries.map((e) => ({ ...e, end })) } },
        ],
      }));
    expect(() => parseBriefJson(entries('2022-02-14'))).toThrow(/ends before it starts/);
    expect(() => parseBriefJson(entries('next week'))).toThrow(/expected a date as yyyy-mm-dd/);
    expect(() => parseBriefJson(entries('2022-03-01'))).not.toThrow();
  });
});
