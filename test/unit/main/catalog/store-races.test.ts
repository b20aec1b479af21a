// A background step that read a file before a watch event wrote or removed it never writes its older state
// over the event's newer one: not in the catalog (catalogue), not in the text index (indexPending).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../../src-preload/contract';
import { LocalCatalogStore } from '../../../../src-main/catalog/catalog-store';
import { articleText, put, TempDirs } from '../library/temp-library';

const READER = resolve(__dirname, '../../../../src-main/catalog/workers/read-worker.ts');
const temp = new TempDirs();
let root: string;
let file: string;
const stores: LocalCatalogStore[] = [];

const query = (text: string): SearchQuery => ({ text, filters: {}, sort: 'relevance', offset: 0, limit: 10 });

function store(withReader: boolean): LocalCatalogStore {
  const created = new LocalCatalogStore(
    file,
    withReader ? { readerScript: READER, execArgv: ['--import', 'tsx'] } : {},
  );
  stores.push(created);
  return created;
}

beforeEach(async () => {
  root = await temp.make('races');
  file = join(await temp.make('races-data'), 'catalog.sqlite');
  await put(root, 'a.txt', articleText('aardvark', 2));
  await put(root, 'b.txt', articleText('buffalo', 2));
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await temp.cleanup();
});

describe.each([false, true])('with a read worker: %s', (withReader) => {
  it('a removal that lands while a catalogue step reads is not undone by the step', async () => {
    const catalog = store(withReader);
    const files = await catalog.scan(root);
    const step = catalog.catalogue(root, files);
    await catalog.remove(root, ['a.txt']);
    await step;
    expect((await catalog.list(root)).map((entry) => entry.id)).toEqual(['b.txt']);
    expect(await catalog.pendingIds(root)).toEqual(['b.txt']);
  });
});

// Read on this thread, so the step has read a.txt when indexPending() returns and writes only after the
// test's own change and ingest (with a read worker the order is not the test's to choose).
describe('indexPending', () => {
  it('a change indexed while an indexing step reads keeps its new text', async () => {
    const catalog = store(false);
    const files = await catalog.scan(root);
    await catalog.catalogue(root, files);
    const pending = await catalog.pendingIds(root);
    // The step reads a.txt as it starts; the change and its watch event's ingest land before it writes.
    const step = catalog.indexPending(root, pending);
    writeFileSync(join(root, 'a.txt'), articleText('armadillo', 2));
    await catalog.ingest(
      root,
      files.filter((f) => f.id === 'a.txt'),
    );
    expect(await step).toBe(0);
    expect((await catalog.search(root, query('armadillo'))).hits.map((hit) => hit.id)).toEqual(['a.txt']);
    expect((await catalog.search(root, query('aardvark'))).total).toBe(0);
    expect((await catalog.search(root, query('buffalo'))).hits.map((hit) => hit.id)).toEqual(['b.txt']);
  });
});
