// Highlights and article notes on fake-indexeddb: create, update, delete and undo, read by article or by id,
// and per-article notes.
import { describe, expect, it, vi } from 'vitest';
import {
  articleAnnotation,
  createHighlight,
  deleteHighlight,
  highlightsByIds,
  highlightsForArticle,
  highlightsInTextOrder,
  restoreHighlight,
  saveArticleAnnotation,
  setEventDate,
  updateHighlight,
} from '../../../../src-renderer/src/db/highlights';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import { newHighlight, storedHighlight, withTestDb, LIB } from './fake-db';

const T0 = Date.UTC(2024, 2, 14, 9, 0, 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

describe('highlights', () => {
  it('createHighlight stores a new record with an id, an empty note, no tags and the time', async () => {
    const created = await createHighlight(db, LIB, newHighlight({ color: 'red' }));
    expect(created.id).toMatch(UUID);
    expect(created).toEqual({
      ...newHighlight({ color: 'red' }),
      id: created.id,
      libraryId: LIB,
      note: '',
      tags: [],
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await db.highlights.get(created.id)).toEqual(created);
  });

  it('gives every highlight its own id', async () => {
    const a = await createHighlight(db, LIB, newHighlight());
    const b = await createHighlight(db, LIB, newHighlight());
    expect(a.id).not.toBe(b.id);
    expect(await db.highlights.count()).toBe(2);
  });

  it('updateHighlight changes the given fields, normalises tags and stamps the time', async () => {
    const created = await createHighlight(db, LIB, newHighlight());
    vi.setSystemTime(T0 + 60_000);
    await updateHighlight(db, created.id, {
      color: 'purple',
      note: 'Check the **date**',
      tags: ['  Sanctions ', 'sanctions', 'Minsk  Agreements', ''],
    });
    expect(await db.highlights.get(created.id)).toEqual({
      ...created,
      color: 'purple',
      note: 'Check the **date**',
      tags: ['minsk agreements', 'sanctions'],
      updatedAt: T0 + 60_000,
    });
  });

  it('updateHighlight keeps fields it was not given, and moves the selectors when re-anchored', async () => {
    const created = await createHighlight(db, LIB, newHighlight());
    await updateHighlight(db, created.id, { note: 'first' });
    await updateHighlight(db, created.id, { position: { start: 1130, end: 1143 }, articleHash: 'hash-edited' });
    const stored = await db.highlights.get(created.id);
    expect(stored).toMatchObject({
      note: 'first',
      color: 'yellow',
      position: { start: 1130, end: 1143 },
      articleHash: 'hash-edited',
    });
    expect(stored?.quote).toEqual(created.quote);
  });

  it('updateHighlight on an id that is not there creates nothing', async () => {
    await updateHighlight(db, 'no-such-id', { note: 'ghost' });
    expect(await db.highlights.count()).toBe(0);
  });

  it('deleteHighlight removes the record and returns it; restoreHighlight undoes that exactly', async () => {
    const created = await createHighlight(db, LIB, newHighlight());
    await updateHighlight(db, created.id, { note: 'keep me', tags: ['minsk'] });
    const before = await db.highlights.get(created.id);

    const deleted = await deleteHighlight(db, created.id);
    expect(deleted).toEqual(before);
    expect(await db.highlights.get(created.id)).toBeUndefined();

    if (!deleted) throw new Error('nothing was deleted');
    await restoreHighlight(db, deleted);
    expect(await db.highlights.get(created.id)).toEqual(before);
    expect(await db.highlights.count()).toBe(1);
  });

  it('deleteHighlight of an id that is not there returns undefined and leaves the rest', async () => {
    await createHighlight(db, LIB, newHighlight());
    expect(await deleteHighlight(db, 'no-such-id')).toBeUndefined();
    expect(await db.highlights.count()).toBe(1);
  });

  it('highlightsForArticle gives the highlights of that article only', async () => {
    const a1 = await createHighlight(db, LIB, newHighlight({ articleId: 'a.txt' }));
    const a2 = await createHighlight(db, LIB, newHighlight({ articleId: 'a.txt', color: 'green' }));
    await createHighlight(db, LIB, newHighlight({ articleId: 'b.txt' }));
    const found = await highlightsForArticle(db, LIB, 'a.txt');
    expect(found.map((h) => h.id).sort()).toEqual([a1.id, a2.id].sort());
    expect(await highlightsForArticle(db, LIB, 'c.txt')).toEqual([]);
  });
});

describe('article notes', () => {
  const article = { id: 'world/blinken-lavrov.txt', hash: 'hash-1', title: 'Blinken accepts invitation' };

  it('saveArticleAnnotation creates the record with the article reference and the time', async () => {
    await saveArticleAnnotation(db, LIB, article, { note: 'Compare with the Reuters wire.' });
    expect(await articleAnnotation(db, LIB, article.id)).toEqual({
      libraryId: LIB,
      articleId: article.id,
      articleHash: 'hash-1',
      articleTitle: 'Blinken accepts invitation',
      note: 'Compare with the Reuters wire.',
      tags: [],
      updatedAt: T0,
    });
  });

  it('a patch of tags keeps the note, a patch of the note keeps the tags; both follow the latest article', async () => {
    await saveArticleAnnotation(db, LIB, article, { note: 'first note' });
    vi.setSystemTime(T0 + 1000);
    await saveArticleAnnotation(
      db,
      LIB,
      { ...article, hash: 'hash-2', title: 'Blinken accepts (updated)' },
      { tags: ['Diplomacy', ' diplomacy '] },
    );
    expect(await articleAnnotation(db, LIB, article.id)).toEqual({
      libraryId: LIB,
      articleId: article.id,
      articleHash: 'hash-2',
      articleTitle: 'Blinken accepts (updated)',
      note: 'first note',
      tags: ['diplomacy'],
      updatedAt: T0 + 1000,
    });
    await saveArticleAnnotation(db, LIB, article, { note: 'second note' });
    expect(await articleAnnotation(db, LIB, article.id)).toMatchObject({ note: 'second note', tags: ['diplomacy'] });
  });

  it('an empty note with no tags deletes the record', async () => {
    await saveArticleAnnotation(db, LIB, article, { note: 'something', tags: ['ukraine'] });
    await saveArticleAnnotation(db, LIB, article, { note: '' });
    expect(await articleAnnotation(db, LIB, article.id)).toMatchObject({ note: '', tags: ['ukraine'] });
    await saveArticleAnnotation(db, LIB, article, { tags: ['   '] });
    expect(await articleAnnotation(db, LIB, article.id)).toBeUndefined();
    expect(await db.articleAnnotations.count()).toBe(0);
  });

  it('saving nothing for an article without a note stores nothing', async () => {
    await saveArticleAnnotation(db, LIB, article, { note: '', tags: [] });
    await saveArticleAnnotation(db, LIB, article, {});
    expect(await db.articleAnnotations.count()).toBe(0);
  });

  it('notes of different articles are separate', async () => {
    await saveArticleAnnotation(db, LIB, article, { note: 'one' });
    await saveArticleAnnotation(db, LIB, { id: 'other.txt', hash: 'h', title: 'Other' }, { note: 'two' });
    await saveArticleAnnotation(db, LIB, article, { note: '' });
    expect(await articleAnnotation(db, LIB, 'other.txt')).toMatchObject({ note: 'two' });
    expect(await db.articleAnnotations.count()).toBe(1);
  });
});

/** A highlight of five characters at `start` in an article. */
const at = (id: string, articleId: string, start: number) =>
  storedHighlight(id, { articleId, position: { start, end: start + 5 } });

describe('reading highlights', () => {
  it('by article: in the order of their passages, or none for no article', async () => {
    await db.highlights.bulkAdd([at('h1', 'a.txt', 300), at('h2', 'a.txt', 10), at('h3', 'b.txt', 0)]);
    expect((await highlightsInTextOrder(db, LIB, 'a.txt')).map((h) => h.id)).toEqual(['h2', 'h1']);
    expect((await highlightsForArticle(db, LIB, 'b.txt')).map((h) => h.id)).toEqual(['h3']);
    expect(await highlightsForArticle(db, LIB, null)).toEqual([]);
  });

  it('by id: those that exist, keyed by id', async () => {
    await db.highlights.bulkAdd([at('h1', 'a.txt', 0), at('h2', 'a.txt', 9)]);
    const found = await highlightsByIds(db, ['h2', 'deleted', 'h1'].join('\u0000'));
    expect([...found.keys()]).toEqual(['h2', 'h1']);
    expect(await highlightsByIds(db, '')).toEqual(new Map());
  });
});

describe('event dates', () => {
  it('sets a day or a span of days, clears both ends, and refuses a span that runs backwards', async () => {
    const { id } = await createHighlight(db, LIB, newHighlight());
    const dates = async () => {
      const h = await db.highlights.get(id);
      return [h?.eventDate, h?.eventDateEnd];
    };
    await setEventDate(db, id, { date: '2022-02-17', end: '2022-02-18' });
    expect(await dates()).toEqual(['2022-02-17', '2022-02-18']);
    await setEventDate(db, id, { date: '2022-02-17' });
    expect(await dates()).toEqual(['2022-02-17', undefined]);
    await setEventDate(db, id, { date: '2022-02-20', end: '2022-02-20' });
    expect(await dates()).toEqual(['2022-02-20', undefined]);
    await expect(setEventDate(db, id, { date: '2022-02-20', end: '2022-02-19' })).rejects.toThrow(
      'The end date is before the event date',
    );
    await expect(setEventDate(db, id, { date: '2022-02-30' })).rejects.toThrow('not a date');
    expect(await dates()).toEqual(['2022-02-20', undefined]);
    await setEventDate(db, id, { date: '2022-02-17', end: '2022-02-18' });
    await setEventDate(db, id, null);
    expect(await dates()).toEqual([undefined, undefined]);
    expect(Object.keys((await db.highlights.get(id)) ?? {})).not.toContain('eventDateEnd');
  });
});
