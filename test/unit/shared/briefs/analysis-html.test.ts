// The HTML brief with an ACH section and a timeline section, read with a DOM parser as a browser would: a
// real table (column and row headers with scope, the scores in its foot), quotes in cells that take their
// own direction, citations that link to the one source list, and the dated list under its group headings.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { ANALYSIS_BRIEF, ARABIC_QUOTE, MARKERS, RANKING, SOURCE_LINES, TIMELINE_LINES } from './analysis-brief';

const html = renderHtml(ANALYSIS_BRIEF);
const { document } = parseHTML(html);
type Node = ReturnType<typeof document.querySelector>;
const text = (el: Node): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cells = (row: NonNullable<Node>): string[] => [...row.querySelectorAll('th, td')].map(text);

describe('renderHtml with analysis sections', () => {
  const table = document.querySelector('table.ach');

  it('writes the matrix as a table with scoped headers, the typed and non-diagnostic rows marked', () => {
    expect(table).not.toBeNull();
    const head = table?.querySelectorAll('thead th') ?? [];
    expect([...head].map(text)).toEqual(['Evidence', 'H1', 'H2', 'H3', 'Cred.', 'Rel.']);
    expect([...head].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map(cells)).toEqual([
      [`Troops moved to within 50 km of the border. ${MARKERS.r1}`, 'C', 'I', 'N', 'High', 'Medium'],
      ['Assumption: Moscow would not risk sanctions.', 'I', 'C', 'C', 'Medium', 'Medium'],
      [`Talks will continue next week. ${MARKERS.r3} (not diagnostic)`, 'N', 'N', 'N', 'Medium', 'Low'],
    ]);
    expect(rows.map((row) => row.querySelector('th')?.getAttribute('scope'))).toEqual(['row', 'row', 'row']);
    expect(rows.map((row) => row.className)).toEqual(['', '', 'not-diagnostic']);
    const foot = table?.querySelector('tfoot tr');
    expect(foot ? cells(foot) : []).toEqual(['Weighted inconsistency', '−1.00', '−1.41', '0.00', '', '']);
    expect(text(document.querySelector('.ranking'))).toBe(RANKING);
    expect([...document.querySelectorAll('.hypotheses li')].map(text)).toEqual([
      'H1: Invasion',
      'H2: Exercise only',
      'H3: Coercion',
    ]);
  });

  it('gives every quote its own direction and isolates its citation, linked to its source', () => {
    const quotes = [...document.querySelectorAll('th.evidence-cell span[dir="auto"]')].map(text);
    expect(quotes).toEqual([
      'Troops moved to within 50 km of the border.',
      'Moscow would not risk sanctions.',
      'Talks will continue next week.',
    ]);
    const cites = [...document.querySelectorAll('a.cite')];
    expect(cites.map((a) => [text(a), a.getAttribute('href'), a.getAttribute('dir')])).toEqual([
      [MARKERS.r1, '#source-1', 'ltr'],
      [MARKERS.r3, '#source-2', 'ltr'],
      [MARKERS.article, '#source-2', 'ltr'],
      [MARKERS.t1, '#source-1', 'ltr'],
      [MARKERS.t2, '#source-1', 'ltr'],
    ]);
    expect([...document.querySelectorAll('.sources li')].map((li) => [li.id, text(li)])).toEqual(
      SOURCE_LINES.map((line, i) => [`source-${i + 1}`, line]),
    );
  });

  it('writes the timeline as dated lists under group headings, each text in its own direction', () => {
    const timeline = document.querySelector('.timeline');
    expect([...(timeline?.querySelectorAll('h3') ?? [])].map(text)).toEqual(['Kyiv', 'Military']);
    const items = [...(timeline?.querySelectorAll('li') ?? [])];
    expect(items.map(text)).toEqual(TIMELINE_LINES);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
      '2022-02-15',
      '2022-02-18',
      '2022-02-20',
    ]);
    expect(text(items[2]?.querySelector('span[dir="auto"]') ?? null)).toBe(ARABIC_QUOTE);
  });

  it('escapes what the matrix and the timeline carry', () => {
    const [ach, time] = ANALYSIS_BRIEF.sections;
    if (!ach?.ach || !time?.timeline) throw new Error('fixture');
    const hostile = '<img src=x onerror=alert(1)>';
    const out = renderHtml({
      ...ANALYSIS_BRIEF,
      sections: [
        {
          ...ach,
          ach: { ...ach.ach, question: hostile, hypotheses: ach.ach.hypotheses.map((h) => ({ ...h, label: hostile })) },
        },
        {
          ...time,
          timeline: { ...time.timeline, entries: time.timeline.entries.map((e) => ({ ...e, group: hostile })) },
        },
      ],
    });
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
