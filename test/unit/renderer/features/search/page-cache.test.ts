// The library list's page cache: the pages in view are asked of main one at a time, keyed by query and
// library version; the latest query and range win; a new version shows the old rows until it arrives.
import { describe, expect, it } from 'vitest';
import { PageCache, type PageAnswer } from '../../../../../src-renderer/src/features/search/page-cache';
import { PendingCalls } from '../../pending-calls';

interface Query {
  readonly text: string;
}

/** main's answer for rows offset..offset+limit of a list `total` long, rows named by the query. */
function rows(query: Query, offset: number, limit: number, total: number, tag = ''): PageAnswer<string> {
  const count = Math.max(0, Math.min(limit, total - offset));
  return { total, items: Array.from({ length: count }, (_, i) => `${query.text}${tag}#${offset + i}`) };
}

function setup() {
  const main = new PendingCalls<[Query, number, number], PageAnswer<string>>();
  const cache = new PageCache<Query, string, PageAnswer<string>>(main.fn, 10);
  let notified = 0;
  cache.subscribe(() => notified++);
  return { main, cache, notifications: () => notified };
}

describe('PageCache', () => {
  it('asks for the first page of a query, and shows its rows and length', async () => {
    const { main, cache } = setup();
    const q = { text: 'minsk' };
    cache.show(q, 1);
    expect(cache.snapshot().total).toBeNull();
    expect(main.at(0).args).toEqual([q, 0, 10]);
    await main.at(0).answer(rows(q, 0, 10, 25));
    expect(cache.snapshot().total).toBe(25);
    expect(cache.snapshot().at(3)).toBe('minsk#3');
    expect(cache.snapshot().at(12)).toBeUndefined();
  });

  it('asks for the pages in view, one request at a time, and never twice for a page it has', async () => {
    const { main, cache } = setup();
    const q = { text: '' };
    cache.show(q, 1);
    await main.at(0).answer(rows(q, 0, 10, 100));
    cache.want(5, 25);
    expect(main.count).toBe(2);
    expect(main.at(1).args).toEqual([q, 10, 10]);
    await main.at(1).answer(rows(q, 10, 10, 100));
    expect(main.at(2).args).toEqual([q, 20, 10]);
    await main.at(2).answer(rows(q, 20, 10, 100));
    cache.want(0, 30);
    expect(main.count).toBe(3);
    expect(cache.snapshot().at(24)).toBe('#24');
  });

  it('skips pages scrolled past while a request was on its way: the range wanted last wins', async () => {
    const { main, cache } = setup();
    const q = { text: '' };
    cache.show(q, 1);
    cache.want(10, 20);
    cache.want(50, 60);
    cache.want(90, 100);
    await main.at(0).answer(rows(q, 0, 10, 1000));
    expect(main.count).toBe(2);
    expect(main.at(1).args).toEqual([q, 90, 10]);
  });

  it('drops the answer to a query typed over, and asks for the latest one once it returns', async () => {
    const { main, cache } = setup();
    cache.show({ text: 'l' }, 1);
    cache.show({ text: 'la' }, 1);
    cache.show({ text: 'lav' }, 1);
    expect(main.count).toBe(1);
    await main.at(0).answer(rows({ text: 'l' }, 0, 10, 40));
    expect(cache.snapshot().at(0)).toBeUndefined();
    expect(main.at(1).args).toEqual([{ text: 'lav' }, 0, 10]);
    await main.at(1).answer(rows({ text: 'lav' }, 0, 10, 2));
    expect(cache.snapshot().total).toBe(2);
    expect(cache.snapshot().at(0)).toBe('lav#0');
  });

  it('a new library version shows the old rows until the new ones arrive, then only the new', async () => {
    const { main, cache } = setup();
    const q = { text: '' };
    cache.show(q, 1);
    await main.at(0).answer(rows(q, 0, 10, 3));
    cache.show(q, 2);
    expect(main.at(1).args).toEqual([q, 0, 10]);
    expect(cache.snapshot().at(0)).toBe('#0');
    expect(cache.snapshot().total).toBe(3);
    await main.at(1).answer(rows(q, 0, 10, 2, '@v2'));
    expect(cache.snapshot().at(0)).toBe('@v2#0');
    expect(cache.snapshot().total).toBe(2);
  });

  it('under a stream of new versions still shows each answer, and asks for the latest version next', async () => {
    const { main, cache } = setup();
    const q = { text: '' };
    cache.show(q, 1);
    cache.show(q, 2);
    cache.show(q, 3);
    await main.at(0).answer(rows(q, 0, 10, 20, '@v1'));
    expect(cache.snapshot().total).toBe(20);
    expect(cache.snapshot().at(0)).toBe('@v1#0');
    cache.show(q, 4);
    await main.at(1).answer(rows(q, 0, 10, 40, '@v3'));
    expect(cache.snapshot().total).toBe(40);
    expect(main.at(2).args).toEqual([q, 0, 10]);
    await main.at(2).answer(rows(q, 0, 10, 45, '@v4'));
    expect(cache.snapshot().at(0)).toBe('@v4#0');
    expect(main.count).toBe(3);
  });

  it('changes nothing and asks nothing when shown the same query at the same version', async () => {
    const { main, cache, notifications } = setup();
    cache.show({ text: 'a' }, 1);
    await main.at(0).answer(rows({ text: 'a' }, 0, 10, 1));
    const before = notifications();
    cache.show({ text: 'a' }, 1);
    expect(main.count).toBe(1);
    expect(notifications()).toBe(before);
  });

  it('reports a failure and does not ask again in a loop; a new version tries again', async () => {
    const { main, cache } = setup();
    const q = { text: '' };
    cache.show(q, 1);
    await main.at(0).fail(new Error('the index is rebuilding'));
    expect(cache.snapshot().error).toEqual(new Error('the index is rebuilding'));
    cache.want(0, 10);
    expect(main.count).toBe(1);
    cache.show(q, 2);
    await main.at(1).answer(rows(q, 0, 10, 1));
    expect(cache.snapshot().error).toBeNull();
  });

  it('keeps the last answered query, its rows and total together, until a new query is answered', async () => {
    const { main, cache } = setup();
    const all = { text: '' };
    cache.show(all, 1);
    await main.at(0).answer(rows(all, 0, 10, 27_819));
    cache.show({ text: 'ukraine' }, 1);
    // Not the library's length over blank rows: the list as it was, said to be for the empty query.
    expect(cache.snapshot().query).toEqual(all);
    expect(cache.snapshot().total).toBe(27_819);
    expect(cache.snapshot().at(0)).toBe('#0');
    await main.at(1).answer(rows({ text: 'ukraine' }, 0, 10, 19));
    expect(cache.snapshot().query).toEqual({ text: 'ukraine' });
    expect(cache.snapshot().total).toBe(19);
    expect(cache.snapshot().at(0)).toBe('ukraine#0');
  });

  it('under index growth keeps the rows in view while each refresh arrives', async () => {
    const { main, cache } = setup();
    const q = { text: 'lavrov' };
    cache.show(q, 'v1#0');
    await main.at(0).answer(rows(q, 0, 10, 1, '@0'));
    cache.show(q, 'v1#1');
    expect(cache.snapshot().at(0)).toBe('lavrov@0#0');
    await main.at(1).answer(rows(q, 0, 10, 4, '@1'));
    expect(cache.snapshot().total).toBe(4);
    expect(cache.snapshot().at(3)).toBe('lavrov@1#3');
    cache.show(q, 'v1#2');
    await main.at(2).answer(rows(q, 0, 10, 7, '@2'));
    expect(cache.snapshot().total).toBe(7);
    expect(cache.snapshot().at(6)).toBe('lavrov@2#6');
  });
});
