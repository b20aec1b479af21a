// The page's store of catalog entries: only what screens want is asked of main, in batches, one request
// at a time; a change to a file makes its entry be asked again, and an answer older than the change is
// not kept (the old entry stays in view until the new one comes); nothing is kept once no screen wants it.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, ArticleId, CatalogEntry } from '../../../../../src-preload/contract';
import { EntryStore } from '../../../../../src-renderer/src/features/library/entry-store';
import { articleEntry } from '../../catalog-records';
import { PendingCalls } from '../../pending-calls';

const entry = (id: string, title = `Title of ${id}`): ArticleEntry => articleEntry(id, { title });

function setup(batch = 5000) {
  const main = new PendingCalls<[ArticleId[]], (CatalogEntry | null)[]>();
  const store = new EntryStore(main.fn, batch);
  let notified = 0;
  store.subscribe(() => notified++);
  return { main, store, notifications: () => notified };
}

describe('EntryStore', () => {
  it('asks main for the wanted ids, and knows absent files as null', async () => {
    const { main, store, notifications } = setup();
    store.want(['a.txt', 'gone.txt']);
    expect(main.at(0).args).toEqual([['a.txt', 'gone.txt']]);
    expect(store.get('a.txt')).toBeUndefined();
    await main.at(0).answer([entry('a.txt'), null]);
    expect(store.get('a.txt')).toEqual(entry('a.txt'));
    expect(store.get('gone.txt')).toBeNull();
    expect(store.snapshot().get('gone.txt')).toBeNull();
    expect(notifications()).toBe(1);
  });

  it('keeps one request in flight and asks for what was wanted meanwhile in the next', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    store.want(['b.txt', 'c.txt']);
    expect(main.count).toBe(1);
    await main.at(0).answer([entry('a.txt')]);
    expect(main.at(1).args).toEqual([['b.txt', 'c.txt']]);
  });

  it('asks in batches no larger than main takes', async () => {
    const { main, store } = setup(2);
    store.want(['a', 'b', 'c', 'd', 'e']);
    expect(main.at(0).args).toEqual([['a', 'b']]);
    await main.at(0).answer([entry('a'), entry('b')]);
    expect(main.at(1).args).toEqual([['c', 'd']]);
    await main.at(1).answer([entry('c'), entry('d')]);
    expect(main.at(2).args).toEqual([['e']]);
  });

  it('does not ask again for what it knows, even when a second screen wants it', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    await main.at(0).answer([entry('a.txt')]);
    store.want(['a.txt']);
    expect(main.count).toBe(1);
  });

  it('asks again for a file a change touched, and drops an answer asked for before the change', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    store.invalidate(['a.txt']); // the file changed while the first answer was on its way
    await main.at(0).answer([entry('a.txt', 'Old title')]);
    expect(store.get('a.txt')).toBeUndefined();
    await main.at(1).answer([entry('a.txt', 'New title')]);
    expect(store.get('a.txt')).toMatchObject({ title: 'New title' });
  });

  it('shows the entry it has while a changed file is asked for again, then the new one', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    await main.at(0).answer([entry('a.txt', 'Before the edit')]);
    store.invalidate(['a.txt', 'not-wanted.txt']);
    expect(main.at(1).args).toEqual([['a.txt']]);
    expect(store.get('a.txt')).toMatchObject({ title: 'Before the edit' });
    await main.at(1).answer([null]); // the change was a deletion
    expect(store.get('a.txt')).toBeNull();
    expect(main.count).toBe(2);
  });

  it('forgets an entry once no screen wants it', async () => {
    const { main, store } = setup();
    const first = store.want(['a.txt']);
    const second = store.want(['a.txt']);
    await main.at(0).answer([entry('a.txt')]);
    first();
    expect(store.get('a.txt')).toEqual(entry('a.txt'));
    second();
    expect(store.get('a.txt')).toBeUndefined();
    store.invalidate(['a.txt']);
    expect(main.count).toBe(1);
  });

  it('after another library opens, drops what it knew and what was on its way, and asks again', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    store.clear();
    expect(main.at(1).args).toEqual([['a.txt']]);
    await main.at(0).answer([entry('a.txt', 'From the old library')]);
    expect(store.get('a.txt')).toBeUndefined();
    await main.at(1).answer([null]);
    expect(store.get('a.txt')).toBeNull();
  });

  it('after a failed request waits for a reason to ask again, rather than asking in a loop', async () => {
    const { main, store } = setup();
    store.want(['a.txt']);
    await main.at(0).fail(new Error('no library is open'));
    expect(main.count).toBe(1);
    store.want(['b.txt']);
    expect(main.at(1).args).toEqual([['a.txt', 'b.txt']]);
  });
});
