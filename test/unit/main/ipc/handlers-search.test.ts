// The search channels through the handler table: queries, the annotations search also looks in, and
// cancelling the background read.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('search:query and search:set-annotations', () => {
  const query = { text: '', filters: {}, sort: 'date', offset: 0, limit: 50 };

  it('lists the library through search, and finds words after the annotations arrive', async () => {
    const listed = await h.table['search:query'](query);
    expect(listed.hits.map((hit) => hit.id)).toEqual(['a.txt']);
    expect(await h.table['search:query']({ ...query, text: 'zeppelinfield' })).toMatchObject({ total: 0 });
    const id = listed.hits[0]?.id ?? '';
    const { libraryId } = await h.library.summary();
    await h.table['search:set-annotations'](libraryId, [
      {
        id: 'h1',
        articleId: id,
        kind: 'highlight',
        text: 'zeppelinfield briefing',
        tags: ['airships'],
        colour: 'yellow',
      },
    ]);
    const found = await h.table['search:query']({ ...query, text: 'zeppelinfield', sort: 'relevance' });
    expect(found.hits.map((hit) => hit.id)).toEqual([id]);
    expect(found.hits[0]?.matchedIn).toContain('annotation');
  });

  it('refuses malformed queries and annotation lists', async () => {
    for (const bad of [
      { ...query, limit: 0 },
      { ...query, limit: 5000 },
      { ...query, sort: 'random' },
      { ...query, filters: { dateFrom: 'yesterday' } },
      { text: 'x' },
    ]) {
      await expect(h.table['search:query'](bad)).rejects.toBeInstanceOf(InvalidArgumentsError);
    }
    await expect(h.table['search:set-annotations']([{ id: 'h1' }])).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(h.table['search:set-annotations']('all')).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(h.table['search:set-annotations']('library-1', 'all')).rejects.toBeInstanceOf(InvalidArgumentsError);
  });

  it('cancel-scan takes no arguments', async () => {
    expect(await h.table['library:cancel-scan']()).toBeNull();
    await expect(h.table['library:cancel-scan'](true)).rejects.toBeInstanceOf(InvalidArgumentsError);
  });
});
