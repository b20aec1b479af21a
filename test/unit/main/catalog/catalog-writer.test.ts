// The one rule for racing writes: a background write that read a file before another write (a watch
// event's) wrote or removed it never writes its older state over the newer one, in the catalog row or in
// the text index. Tested here, on the writer and through the store that uses it, and nowhere else.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../../../src-preload/contract';
import { Catalog } from '../../../../src-main/catalog/catalog';
import { CatalogWriter } from '../../../../src-main/catalog/catalog-writer';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { createSearchSchema, pendingPaths, search } from '../../../../src-main/search/search-index';
import { searchQuery } from '../../../support/search-query';
import { articleText, put, TempDirs } from '../../../support/temp-library';
import { READ_WORKER, TSX } from '../../../support/worker-scripts';

const ROOT = '/library';

const entry = (id: string, title: string): ArticleEntry => ({
  id,
  ok: true,
  title,
  date: null,
  dateRaw: null,
  url: null,
  source: null,
  domain: null,
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: 1,
  words: 2,
  hash: `hash of ${title}`,
  warnings: [],
  size: 10,
  mtimeMs: 1,
});
const text = (title: string): { title: string; paragraphs: string[] } => ({ title, paragraphs: [`${title} body`] });
/** A feed's state with an item for each key, its text to index now. */
const feed = (keys: string[]): { id: string; rows: { entry: ArticleEntry; text: ReturnType<typeof text> }[] } => ({
  id: 'desk/world.rss',
  rows: keys.map((key) => ({ entry: entry(`desk/world.rss#${key}`, key), text: text(key) })),
});
/** A feed item's row, its text to index later. */
const item = (key: string): { entry: ArticleEntry; text: 'later' } => ({
  entry: entry(`world.rss#${key}`, key),
  text: 'later',
});

describe('CatalogWriter', () => {
  let catalog: Catalog;
  let writer: CatalogWriter;
  const found = (word: string): string[] => search(catalog.database, ROOT, searchQuery(word)).hits.map((hit) => hit.id);

  beforeEach(() => {
    catalog = new Catalog(':memory:');
    createSearchSchema(catalog.database);
    writer = new CatalogWriter(catalog);
  });
  afterEach(() => catalog.close());

  it('numbers each write above the one before', () => {
    const first = writer.write(ROOT, [{ id: 'a.txt', rows: [{ entry: entry('a.txt', 'one'), text: null }] }]);
    const second = writer.write(ROOT, [{ id: 'a.txt', rows: [] }]);
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(second.written).toEqual([{ id: 'a.txt', entry: null }]);
  });

  it('leaves a file written while a background write read it as that write left it', async () => {
    writer.write(ROOT, [{ id: 'b.txt', rows: [{ entry: entry('b.txt', 'bison'), text: text('bison') }] }]);
    const step = await writer.inBackground(async (write) => {
      // The step has read both files when a watch event writes a.txt anew and removes b.txt.
      writer.write(ROOT, [
        { id: 'a.txt', rows: [{ entry: entry('a.txt', 'armadillo'), text: text('armadillo') }] },
        { id: 'b.txt', rows: [] },
      ]);
      return write.states(ROOT, [
        { id: 'a.txt', rows: [{ entry: entry('a.txt', 'aardvark'), text: 'later' }] },
        { id: 'b.txt', rows: [{ entry: entry('b.txt', 'bison'), text: 'later' }] },
        { id: 'c.txt', rows: [{ entry: entry('c.txt', 'cheetah'), text: 'later' }] },
      ]);
    });
    expect(step.written.map((file) => file.id)).toEqual(['c.txt']);
    expect(catalog.list(ROOT).map((listed) => [listed.id, listed.ok && listed.title])).toEqual([
      ['a.txt', 'armadillo'],
      ['c.txt', 'cheetah'],
    ]);
    expect(found('armadillo')).toEqual(['a.txt']);
    expect(found('bison')).toEqual([]);
    expect(pendingPaths(catalog.database, ROOT)).toEqual(['c.txt']);
  });

  it('overwrites what was written before the background write began', async () => {
    writer.write(ROOT, [{ id: 'a.txt', rows: [{ entry: entry('a.txt', 'aardvark'), text: text('aardvark') }] }]);
    await writer.inBackground(async (write) => {
      write.states(ROOT, [{ id: 'a.txt', rows: [{ entry: entry('a.txt', 'armadillo'), text: 'later' }] }]);
      write.texts(ROOT, [{ id: 'a.txt', text: text('armadillo') }]);
    });
    expect(catalog.get(ROOT, 'a.txt')).toMatchObject({ title: 'armadillo' });
    expect(found('armadillo')).toEqual(['a.txt']);
    expect(found('aardvark')).toEqual([]);
  });

  it("replaces a feed's rows with the ones it has now: an item gone leaves the catalog and the index", () => {
    writer.write(ROOT, [feed(['aardvark', 'bison'])]);
    const again = writer.write(ROOT, [feed(['bison', 'cheetah'])]);
    expect(again.written.map((row) => [row.id, row.entry === null ? 'gone' : 'written'])).toEqual([
      ['desk/world.rss#aardvark', 'gone'],
      ['desk/world.rss#bison', 'written'],
      ['desk/world.rss#cheetah', 'written'],
    ]);
    expect(catalog.list(ROOT).map((row) => row.id)).toEqual(['desk/world.rss#bison', 'desk/world.rss#cheetah']);
    expect(found('aardvark')).toEqual([]);
    // Broken now: one row under the file's own id; and gone: no row at all.
    const broken = { id: 'desk/world.rss', ok: false as const, error: 'not a feed', hash: null, size: 1, mtimeMs: 1 };
    writer.write(ROOT, [{ id: 'desk/world.rss', rows: [{ entry: broken, text: null }] }]);
    expect(catalog.list(ROOT).map((row) => row.id)).toEqual(['desk/world.rss']);
    writer.write(ROOT, [{ id: 'desk/world.rss', rows: [] }]);
    expect(catalog.list(ROOT)).toEqual([]);
  });

  it('leaves every item of a feed an event wrote while a background write read the older feed', async () => {
    await writer.inBackground(async (write) => {
      writer.write(ROOT, [
        { id: 'world.rss', rows: [{ entry: entry('world.rss#bison', 'bison'), text: text('bison') }] },
      ]);
      write.states(ROOT, [{ id: 'world.rss', rows: [item('aardvark'), item('cheetah')] }]);
      write.texts(ROOT, [{ id: 'world.rss#aardvark', text: text('aardvark') }]);
    });
    expect(catalog.list(ROOT).map((row) => row.id)).toEqual(['world.rss#bison']);
    expect(found('bison')).toEqual(['world.rss#bison']);
    expect(found('aardvark')).toEqual([]);
  });

  it('keeps the text a newer write indexed while an indexing step read the old one', async () => {
    writer.write(ROOT, [{ id: 'a.txt', rows: [{ entry: entry('a.txt', 'aardvark'), text: 'later' }] }]);
    await writer.inBackground(async (write) => {
      writer.write(ROOT, [{ id: 'a.txt', rows: [{ entry: entry('a.txt', 'armadillo'), text: text('armadillo') }] }]);
      write.texts(ROOT, [{ id: 'a.txt', text: text('aardvark') }]);
    });
    expect(found('armadillo')).toEqual(['a.txt']);
    expect(found('aardvark')).toEqual([]);
  });
});

// Through the store: its background steps (catalogue, indexPending) keep the rule, with its file reads on
// this thread or in the read worker.
describe.each([false, true])('LocalCatalogStore (read worker: %s)', (withReader) => {
  const temp = new TempDirs();
  let root: string;
  let store: LocalCatalogStore;

  beforeEach(async () => {
    root = await temp.make('races');
    const file = join(await temp.make('races-data'), 'catalog.sqlite');
    store = new LocalCatalogStore(file, withReader ? { readerScript: READ_WORKER, execArgv: TSX } : {});
    await put(root, 'a.txt', articleText('aardvark', 2));
    await put(root, 'b.txt', articleText('buffalo', 2));
  });
  afterEach(async () => {
    await store.close();
    await temp.cleanup();
  });

  it('does not undo a removal that lands while a catalogue step reads', async () => {
    const step = store.catalogue(root, await scanLibrary(root));
    await store.remove(root, ['a.txt']);
    expect((await step).written.map((file) => file.id)).toEqual(['b.txt']);
    expect((await store.list(root)).map((listed) => listed.id)).toEqual(['b.txt']);
    expect(await store.pendingIds(root)).toEqual(['b.txt']);
  });

  it('keeps the new text of a change ingested while an indexing step reads', async () => {
    const files = await scanLibrary(root);
    await store.catalogue(root, files);
    const step = store.indexPending(root, await store.pendingIds(root));
    writeFileSync(join(root, 'a.txt'), articleText('armadillo', 2));
    await store.ingest(
      root,
      files.filter((file) => file.id === 'a.txt'),
    );
    expect(await step).toBe(0);
    expect((await store.search(root, searchQuery('armadillo'))).hits.map((hit) => hit.id)).toEqual(['a.txt']);
    expect((await store.search(root, searchQuery('aardvark'))).total).toBe(0);
    expect((await store.search(root, searchQuery('buffalo'))).hits.map((hit) => hit.id)).toEqual(['b.txt']);
  });
});
