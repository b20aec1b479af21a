// search:set-annotations through the handler table: records are taken one by one (a bad one is reported,
// never the reason the call fails), and only for the library that is open.
import { describe, expect, it } from 'vitest';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

const query = (text: string) => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 50 });
const highlight = (id: string, text: string) => ({
  id,
  articleId: 'a.txt',
  kind: 'highlight',
  text,
  tags: [],
  colour: 'yellow',
});
const foundIn = async (text: string): Promise<string[]> =>
  (await h.table['search:query'](query(text))).hits.map((hit) => hit.id);

describe('search:set-annotations', () => {
  it('takes the good records beside bad ones and reports which were left out or shortened, and why', async () => {
    const { libraryId } = await h.library.summary();
    const report = await h.table['search:set-annotations'](libraryId, [
      highlight('h1', 'zeppelinfield briefing'),
      highlight(`imported:${'9'.repeat(400)}`, 'dirigible hangar'),
      highlight('huge', `blimpworks ${'x '.repeat(120_000)}`),
      { id: 'broken', articleId: 'a.txt', kind: 'highlight', text: 42, tags: [], colour: null },
      'not a record',
    ]);
    expect(report).toMatchObject({ applied: true, indexed: 3, skippedTotal: 2, shortenedTotal: 1 });
    expect(report.skipped.map((issue) => issue.id)).toEqual(['broken', '(no id)']);
    expect(report.skipped[0]?.reason).toBe('it is malformed (text: Invalid input: expected string, received number)');
    expect(report.shortened[0]).toMatchObject({ id: 'huge', articleId: 'a.txt', kind: 'highlight' });
    expect(await foundIn('zeppelinfield')).toEqual(['a.txt']);
    expect(await foundIn('dirigible')).toEqual(['a.txt']);
    expect(await foundIn('blimpworks')).toEqual(['a.txt']);
  });

  it("takes nothing for a library that is not open: a late set of the last library's work", async () => {
    const report = await h.table['search:set-annotations']('another-library', [highlight('h1', 'zeppelinfield')]);
    expect(report).toMatchObject({ applied: false, indexed: 0, skippedTotal: 0 });
    expect(await foundIn('zeppelinfield')).toEqual([]);
  });
});
