// The Markdown brief with an ACH section and a timeline section: the exact GFM table (typed row labelled,
// non-diagnostic row marked, scores and ranking), the dated list under its group headings, and every quote
// and the cited article in the one numbered source list.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { ANALYSIS_BRIEF, RANKING, SOURCE_LINES } from './analysis-brief';
import { at, unescapeMarkdown } from './brief-support';

const md = renderMarkdown(ANALYSIS_BRIEF);

describe('renderMarkdown with analysis sections', () => {
  it('writes the matrix as a GFM table with the quotes cited, typed and non-diagnostic rows marked, and scores', () => {
    const table = md.split('\n').filter((line) => line.startsWith('|'));
    expect(table).toEqual([
      '| Evidence | H1 | H2 | H3 | Cred. | Rel. |',
      '| --- | :-: | :-: | :-: | --- | --- |',
      '| Troops moved to within 50 km of the border. \\[1, para. 3; B2\\] | C | I | N | High | Medium |',
      '| *Assumption:* Moscow would not risk sanctions. | I | C | C | Medium | Medium |',
      '| Talks will continue next week. \\[2, para. 1\\] *(not diagnostic)* | N | N | N | Medium | Low |',
      '| **Weighted inconsistency** | −1.00 | −1.41 | 0.00 | | |',
    ]);
  });

  it('names the question and the hypotheses above the table and ranks them below it', () => {
    expect(md).toContain('**Question:** Will Russia invade Ukraine in February?');
    expect(md).toContain('- **H1:** Invasion\n- **H2:** Exercise only\n- **H3:** Coercion');
    expect(md).toContain(`**${RANKING}**`);
    // The table's quotes are not repeated as blockquotes.
    expect(md).not.toMatch(/^> /m);
  });

  it('writes the timeline as a dated list under its groups, the gap to the report beside each event', () => {
    const start = md.indexOf('*Timeline, 1 Feb 2022 to 28 Feb 2022, by tag*');
    expect(start).toBeGreaterThan(0);
    const list = md.slice(start, md.indexOf('## Sources')).trim().split('\n\n');
    expect(list.map(unescapeMarkdown)).toEqual([
      '*Timeline, 1 Feb 2022 to 28 Feb 2022, by tag*',
      '### Kyiv',
      '- 15 Feb 2022 — Published: “Kyiv prepares” [2]',
      '### Military',
      '- 18 Feb 2022 — The exercises end on 18 February. [1, para. 1] (reported 11 Feb 2022, 7 days earlier)\n' +
        '- 20–22 Feb 2022 — القوات تتحرك نحو الحدود [1, para. 2] (reported 21 Feb 2022, 1 day later)',
    ]);
  });

  it('lists each article once, the cited article among the quoted ones, and counts only quotes', () => {
    const sources = md.slice(md.indexOf('## Sources')).split('\n\n')[1]?.split('\n') ?? [];
    expect(sources.map(unescapeMarkdown)).toEqual(
      SOURCE_LINES.map((line, i) => `${i + 1}. ${line.replace(/, (https:\S+)$/, ', <$1>')}`),
    );
    expect(md).toContain('4 quotes from 2 articles');
  });

  it('writes an empty range as such, and a table cell as one line with its pipes escaped', () => {
    const [ach, time] = ANALYSIS_BRIEF.sections;
    if (!ach?.ach || !time?.timeline) throw new Error('fixture');
    const odd = renderMarkdown({
      ...ANALYSIS_BRIEF,
      sections: [
        { ...ach, ach: { ...ach.ach, rows: [{ ...at(ach.ach.rows, 1), text: 'a | b\nc' }] } },
        { ...time, evidence: [], timeline: { ...time.timeline, entries: [] } },
      ],
    });
    expect(odd).toContain('| *Assumption:* a \\| b c | I | C | C | Medium | Medium |');
    expect(odd).toContain('*No entries in this range.*');
  });
});
