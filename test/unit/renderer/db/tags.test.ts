// Tags: normalising, counting across highlights and article notes, each article's own, and library-wide rename
// and merge.
import { describe, expect, it } from 'vitest';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import {
  articleTagsOf,
  listTags,
  mergeTags,
  normaliseTag,
  normaliseTags,
  renameTag,
  tagNames,
} from '../../../../src-renderer/src/db/tags';
import { withTestDb, storedAnnotation, storedHighlight, LIB } from './fake-db';

const T0 = Date.UTC(2024, 3, 2, 12, 0, 0);
const OLD = 1_700_000_000_000;

let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

describe('normaliseTag', () => {
  it.each([
    ['Sanctions', 'sanctions'],
    ['  sanctions  ', 'sanctions'],
    ['Minsk   Agreements', 'minsk agreements'],
    ['Minsk\tAgreements\n', 'minsk agreements'],
    ['ÖL UND GAS', 'öl und gas'],
    ['   ', ''],
    ['', ''],
  ])('%j becomes %j', (raw, expected) => {
    expect(normaliseTag(raw)).toBe(expected);
  });

  it('normaliseTags drops empty tags and duplicates and sorts', () => {
    expect(normaliseTags(['Ukraine', 'nato', ' ukraine', '', '  ', 'NATO', 'diplomacy'])).toEqual([
      'diplomacy',
      'nato',
      'ukraine',
    ]);
    expect(normaliseTags([])).toEqual([]);
  });
});

async function seed(): Promise<void> {
  await db.highlights.bulkAdd([
    storedHighlight('h1', { tags: ['nato', 'ukraine'] }),
    storedHighlight('h2', { tags: ['sanction', 'ukraine'] }),
    storedHighlight('h3', { tags: ['sanction', 'sanctions'] }),
    storedHighlight('h4', { tags: [] }),
  ]);
  await db.articleAnnotations.bulkAdd([
    storedAnnotation('a.txt', { tags: ['diplomacy', 'sanction'] }),
    storedAnnotation('b.txt', { tags: ['ukraine'] }),
  ]);
}

async function tagsById(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const h of await db.highlights.toArray()) out[h.id] = h.tags;
  for (const a of await db.articleAnnotations.toArray()) out[a.articleId] = a.tags;
  return out;
}

describe('listTags', () => {
  it('is empty for an empty database', async () => {
    expect(await listTags(db, LIB)).toEqual([]);
  });

  it('counts each tag over highlights and article notes, most used first, then by name', async () => {
    await seed();
    expect(await listTags(db, LIB)).toEqual([
      { tag: 'sanction', count: 3 },
      { tag: 'ukraine', count: 3 },
      { tag: 'diplomacy', count: 1 },
      { tag: 'nato', count: 1 },
      { tag: 'sanctions', count: 1 },
    ]);
  });
});

describe('tagNames', () => {
  it('names the tags in use, most used first, for inputs and filters to offer', async () => {
    await db.highlights.bulkAdd([
      storedHighlight('h1', { tags: ['nato', 'troops'] }),
      storedHighlight('h2', { tags: ['troops'] }),
    ]);
    await db.articleAnnotations.add(storedAnnotation('a.txt', { tags: ['diplomacy', 'troops'] }));
    expect(await tagNames(db, LIB)).toEqual(['troops', 'diplomacy', 'nato']);
  });
});

describe('articleTagsOf', () => {
  it("gives each article's own tags by article id, for this library's articles that have some", async () => {
    await db.articleAnnotations.bulkAdd([
      storedAnnotation('a.txt', { tags: ['diplomacy', 'troops'] }),
      storedAnnotation('b.txt', { tags: [] }),
      storedAnnotation('c.txt', { libraryId: 'another', tags: ['sanctions'] }),
    ]);
    expect([...(await articleTagsOf(db, LIB))]).toEqual([['a.txt', ['diplomacy', 'troops']]]);
    expect((await articleTagsOf(db, null)).size).toBe(0);
  });
});

describe('renameTag', () => {
  it('renames the tag on every highlight and article note that has it, and stamps them', async () => {
    await seed();
    expect(await renameTag(db, LIB, 'ukraine', 'Ukraine War')).toBe(3);
    expect(await tagsById()).toEqual({
      h1: ['nato', 'ukraine war'],
      h2: ['sanction', 'ukraine war'],
      h3: ['sanction', 'sanctions'],
      h4: [],
      'a.txt': ['diplomacy', 'sanction'],
      'b.txt': ['ukraine war'],
    });
    expect((await db.highlights.get('h1'))?.updatedAt).toBe(T0);
    expect((await db.highlights.get('h3'))?.updatedAt).toBe(OLD);
    expect((await db.articleAnnotations.get([LIB, 'b.txt']))?.updatedAt).toBe(T0);
    expect((await db.articleAnnotations.get([LIB, 'a.txt']))?.updatedAt).toBe(OLD);
    expect((await listTags(db, LIB)).map((t) => t.tag)).not.toContain('ukraine');
  });

  it('finds the tag however it is typed', async () => {
    await seed();
    expect(await renameTag(db, LIB, '  NATO ', 'alliance')).toBe(1);
    expect((await db.highlights.get('h1'))?.tags).toEqual(['alliance', 'ukraine']);
  });

  it('renaming onto an existing tag merges them without duplicates', async () => {
    await seed();
    expect(await renameTag(db, LIB, 'sanction', 'sanctions')).toBe(3);
    const tags = await tagsById();
    expect(tags.h2).toEqual(['sanctions', 'ukraine']);
    expect(tags.h3).toEqual(['sanctions']);
    expect(tags['a.txt']).toEqual(['diplomacy', 'sanctions']);
    expect(await listTags(db, LIB)).toContainEqual({ tag: 'sanctions', count: 3 });
  });

  it('changes nothing for a tag nobody uses or a rename to the same tag', async () => {
    await seed();
    const before = await tagsById();
    expect(await renameTag(db, LIB, 'unknown', 'whatever')).toBe(0);
    expect(await renameTag(db, LIB, 'Ukraine', 'ukraine ')).toBe(0);
    expect(await tagsById()).toEqual(before);
    expect((await db.highlights.toArray()).every((h) => h.updatedAt === OLD)).toBe(true);
  });

  it('refuses an empty new name and changes nothing', async () => {
    await seed();
    const before = await tagsById();
    await expect(renameTag(db, LIB, 'ukraine', '   ')).rejects.toThrow('a tag cannot be empty');
    expect(await tagsById()).toEqual(before);
  });
});

describe('mergeTags', () => {
  it('merges several tags into one across highlights and article notes', async () => {
    await seed();
    expect(await mergeTags(db, LIB, ['sanction', 'Sanctions', 'nato'], 'measures')).toBe(4);
    expect(await tagsById()).toEqual({
      h1: ['measures', 'ukraine'],
      h2: ['measures', 'ukraine'],
      h3: ['measures'],
      h4: [],
      'a.txt': ['diplomacy', 'measures'],
      'b.txt': ['ukraine'],
    });
    expect(await listTags(db, LIB)).toEqual([
      { tag: 'measures', count: 4 },
      { tag: 'ukraine', count: 3 },
      { tag: 'diplomacy', count: 1 },
    ]);
  });

  it('merging into one of the sources keeps that tag once', async () => {
    await seed();
    expect(await mergeTags(db, LIB, ['sanctions', 'sanction'], 'sanctions')).toBe(3);
    const tags = await tagsById();
    expect(tags.h3).toEqual(['sanctions']);
    expect(Object.values(tags).every((list) => new Set(list).size === list.length)).toBe(true);
  });

  it('with no sources changes nothing', async () => {
    await seed();
    const before = await tagsById();
    expect(await mergeTags(db, LIB, [], 'x')).toBe(0);
    expect(await tagsById()).toEqual(before);
  });
});
