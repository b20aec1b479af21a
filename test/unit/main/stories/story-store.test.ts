// The stories as the catalog keeps them: a story and three edited republications written into a library
// become one story of four with the earliest dated copy as origin; a copy edited into other text leaves
// it, a removed file shrinks it, a renamed one stays in it, and one file's update touches only its story.
import { DatabaseSync } from 'node:sqlite';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../../../src-main/library/scanner';
import { put, TempDirs } from '../../../support/temp-library';
import { articleFile, republished, story, trimmed } from './story-text';

const temp = new TempDirs();
let root: string;
let file: string;
let store: LocalCatalogStore;

const original = story(210);
const FILES: Record<string, string> = {
  // Written in this order; the origin is dated first but seen last.
  'wire/copy-times.txt': articleFile(
    'Leaders weigh a new course',
    '20240302',
    'https://times.example/a',
    republished(original, 4, 'LONDON (Wire)'),
  ),
  'wire/copy-herald.txt': articleFile(
    'What the address said',
    '20240303',
    'https://herald.example/b',
    republished(original, 9, 'NEW YORK (Wire)'),
  ),
  'wire/copy-post.txt': articleFile('Address, in brief', '20240302', 'https://post.example/c', trimmed(original, 8)),
  'wire/origin.txt': articleFile('The address', '20240301', 'https://wire.example/o', original),
  'other/unrelated.txt': articleFile('Another year', '20240301', 'https://wire.example/x', story(120)),
  'other/pair-a.txt': articleFile('A second story', '20240305', 'https://a.example/p', story(60)),
  'other/pair-b.txt': articleFile('A second story, again', '20240306', 'https://b.example/p', story(60)),
};

async function ingestAll(): Promise<void> {
  for (const [id, text] of Object.entries(FILES)) {
    await put(root, id, text);
    await store.ingest(
      root,
      (await scanLibrary(root)).filter((scanned) => scanned.id === id),
    );
  }
}

async function ingest(id: string): Promise<void> {
  await store.ingest(
    root,
    (await scanLibrary(root)).filter((scanned) => scanned.id === id),
  );
}

beforeEach(async () => {
  root = await temp.make('stories');
  file = join(await temp.make('stories-data'), 'catalog.sqlite');
  store = new LocalCatalogStore(file);
  await ingestAll();
});

afterEach(async () => {
  await store.close();
  await temp.cleanup();
});

/** The story an article's row holds in the catalog file, as another connection reads it (no settling). */
function storyRowOf(id: string): number | null {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare('SELECT story FROM story_docs WHERE path = ?').get(id) as
      { story: number | null } | undefined;
    return row?.story ?? null;
  } finally {
    db.close();
  }
}

const WIRE = ['wire/origin.txt', 'wire/copy-times.txt', 'wire/copy-post.txt', 'wire/copy-herald.txt'];

describe('stories in the catalog', () => {
  it('groups a story and three edited republications, the earliest dated copy first', async () => {
    const info = await store.story(root, 'wire/copy-herald.txt');
    expect(info?.members.map((member) => member.id)).toEqual(WIRE);
    expect(info?.members.map((member) => member.origin)).toEqual([true, false, false, false]);
    expect(info?.members[0]).toMatchObject({ title: 'The address', date: '2024-03-01', similarity: 1 });
    for (const member of info?.members.slice(1) ?? []) expect(member.similarity).toBeGreaterThan(0.4);
    const ids = await store.storyIds(root, [...WIRE, 'other/unrelated.txt', 'other/pair-a.txt', 'missing.txt']);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[0]).toEqual(info?.id);
    expect(ids[4]).toBeNull();
    expect(ids[5]).not.toBeNull();
    expect(ids[5]).not.toEqual(ids[0]);
    expect(ids[6]).toBeNull();
    expect(await store.story(root, 'other/unrelated.txt')).toBeNull();
  });

  it('lets a copy edited into other text leave the story', async () => {
    await put(
      root,
      'wire/copy-times.txt',
      articleFile('Now something else', '20240302', 'https://t.example', story(30)),
    );
    await ingest('wire/copy-times.txt');
    const info = await store.story(root, 'wire/origin.txt');
    expect(info?.members.map((member) => member.id)).toEqual([
      'wire/origin.txt',
      'wire/copy-post.txt',
      'wire/copy-herald.txt',
    ]);
    expect(await store.story(root, 'wire/copy-times.txt')).toBeNull();
  });

  it('shrinks the story when a file goes, and names a new origin when the origin goes', async () => {
    await rm(join(root, 'wire/origin.txt'));
    await store.remove(root, ['wire/origin.txt']);
    const info = await store.story(root, 'wire/copy-post.txt');
    // Two copies dated the 2nd: the earliest seen is the origin.
    expect(info?.members.map((member) => [member.id, member.origin])).toEqual([
      ['wire/copy-times.txt', true],
      ['wire/copy-post.txt', false],
      ['wire/copy-herald.txt', false],
    ]);
    await store.remove(root, ['other/pair-a.txt']);
    expect(await store.storyIds(root, ['other/pair-b.txt'])).toEqual([null]);
  });

  it('works a story out again once a burst of removals pauses, or at once when stories are read', async () => {
    // One removal at a time, as watch events come: each only marks the story; the list reads it settled.
    for (const id of ['wire/copy-times.txt', 'wire/copy-herald.txt']) {
      await rm(join(root, id));
      await store.remove(root, [id]);
    }
    const listed = await store.search(root, { text: '', filters: {}, sort: 'date', offset: 0, limit: 50 });
    const origin = listed.hits.find((hit) => hit.id === 'wire/origin.txt');
    expect(origin?.story).toMatchObject({ copies: 2, origin: true });
    // With no reader asking, the pause settles it: the last copy gone leaves the origin alone.
    await rm(join(root, 'wire/copy-post.txt'));
    await store.remove(root, ['wire/copy-post.txt']);
    await expect.poll(() => storyRowOf('wire/origin.txt'), { timeout: 10_000 }).toBeNull();
    expect(await store.story(root, 'wire/origin.txt')).toBeNull();
  });

  it('keeps a renamed copy in its story', async () => {
    await rename(join(root, 'wire/copy-post.txt'), join(root, 'wire/copy-post-renamed.txt'));
    await store.remove(root, ['wire/copy-post.txt']);
    await ingest('wire/copy-post-renamed.txt');
    const info = await store.story(root, 'wire/origin.txt');
    expect(info?.members.map((member) => member.id)).toContain('wire/copy-post-renamed.txt');
    expect(info?.members).toHaveLength(4);
    expect((await store.storyIds(root, ['wire/copy-post.txt']))[0]).toBeNull();
  });

  it('follows a change of date to a new origin', async () => {
    await put(root, 'wire/copy-herald.txt', FILES['wire/copy-herald.txt']?.replace('20240303', '20240220') ?? '');
    await ingest('wire/copy-herald.txt');
    const info = await store.story(root, 'wire/origin.txt');
    expect(info?.members[0]).toMatchObject({ id: 'wire/copy-herald.txt', origin: true, similarity: 1 });
  });

  it("rewrites only the changed file's story", async () => {
    const probe = new DatabaseSync(file);
    probe.exec(`CREATE TABLE touched (id INTEGER);
      CREATE TRIGGER story_docs_touched AFTER UPDATE ON story_docs BEGIN INSERT INTO touched VALUES (new.id); END;`);
    const docOf = (path: string): number =>
      (probe.prepare('SELECT id FROM story_docs WHERE path = ?').get(path) as { id: number }).id;
    const others = ['other/pair-a.txt', 'other/pair-b.txt', 'other/unrelated.txt'].map(docOf);
    const wire = WIRE.map(docOf);
    await put(
      root,
      'wire/copy-herald.txt',
      articleFile('Changed', '20240303', 'https://h.example', trimmed(original, 9)),
    );
    await ingest('wire/copy-herald.txt');
    const touched = new Set((probe.prepare('SELECT id FROM touched').all() as { id: number }[]).map((row) => row.id));
    probe.exec('DROP TRIGGER story_docs_touched');
    probe.close();
    expect([...touched].every((doc) => wire.includes(doc))).toBe(true);
    expect(touched.has(wire[3] ?? -1)).toBe(true);
    for (const doc of others) expect(touched.has(doc)).toBe(false);
    expect((await store.story(root, 'wire/origin.txt'))?.members).toHaveLength(4);
  });

  it('finds the same story through a first read that indexes text after listing (indexPending)', async () => {
    const bulk = new LocalCatalogStore(join(await temp.make('stories-bulk'), 'catalog.sqlite'));
    try {
      await bulk.catalogue(root, await scanLibrary(root));
      expect(await bulk.story(root, 'wire/origin.txt')).toBeNull();
      expect(await bulk.indexPending(root, await bulk.pendingIds(root))).toBe(0);
      const info = await bulk.story(root, 'wire/copy-times.txt');
      // Read in path order: of the two copies dated the 2nd, copy-post was seen first.
      expect(info?.members.map((member) => member.id)).toEqual([
        'wire/origin.txt',
        'wire/copy-post.txt',
        'wire/copy-times.txt',
        'wire/copy-herald.txt',
      ]);
    } finally {
      await bulk.close();
    }
  });

  it('finds stories in a catalog made before them by reading its text once more', async () => {
    await store.close();
    const old = new DatabaseSync(file);
    old.exec('DROP TABLE story_docs; DROP TABLE story_bands; DROP TABLE story_edges; DROP TABLE story_clusters;');
    old.close();
    store = new LocalCatalogStore(file);
    expect(await store.pendingIds(root)).toHaveLength(Object.keys(FILES).length);
    await store.indexPending(root, await store.pendingIds(root));
    expect((await store.story(root, 'wire/origin.txt'))?.members).toHaveLength(4);
  });

  it('finds none when the store is told not to', async () => {
    const plain = new LocalCatalogStore(join(await temp.make('stories-off'), 'catalog.sqlite'), { stories: false });
    try {
      await plain.ingest(root, await scanLibrary(root));
      expect(await plain.story(root, 'wire/origin.txt')).toBeNull();
      expect(await plain.storyIds(root, WIRE)).toEqual([null, null, null, null]);
    } finally {
      await plain.close();
    }
  });

  it('keeps a story republished many times word for word whole as copies come and go', async () => {
    const press = story(90);
    const ids = Array.from({ length: 45 }, (_, i) => `press/${String(i).padStart(2, '0')}.txt`);
    for (const [i, id] of ids.entries()) {
      await put(root, id, articleFile(`Release ${i}`, '20240310', `https://o${i}.example/r`, press));
    }
    await store.ingest(
      root,
      (await scanLibrary(root)).filter((scanned) => scanned.id.startsWith('press/')),
    );
    expect((await store.story(root, 'press/44.txt'))?.members).toHaveLength(45);
    const gone = ids.filter((_, i) => i % 3 !== 2);
    for (const id of gone) await rm(join(root, id));
    await store.remove(root, gone);
    const left = await store.story(root, 'press/44.txt');
    expect(left?.members.map((member) => member.id)).toEqual(ids.filter((_, i) => i % 3 === 2));
    expect(
      new Set(
        await store.storyIds(
          root,
          ids.filter((_, i) => i % 3 === 2),
        ),
      ).size,
    ).toBe(1);
  });
});
