// The index follows the library and the analyst's annotations: add, change, remove, rename, and
// setAnnotations replacing the whole set by difference.
import { describe, expect, it } from 'vitest';
import type { AnnotationDoc } from '../../../../src-preload/contract';
import {
  indexArticle,
  markForIndex,
  pendingPaths,
  removeArticle,
  renameArticle,
  search,
  setAnnotations,
} from '../../../../src-main/search/search-index';
import { FixtureLibrary, GLACIER, ROOT, variant, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const ids = (text: string, filters = {}): string[] =>
  search(lib.db, ROOT, query(text, { filters }))
    .hits.map((h) => h.id)
    .sort();
const count = (sql: string): number => (lib.db.prepare(sql).get() as { n: number }).n;

withFixtureLibrary((opened) => (lib = opened));

describe('articles', () => {
  it('finds an added article, and its changed text instead of the old', () => {
    lib.put('science/ice.txt', variant(GLACIER, 'Permafrost thaw study', '20240701'));
    expect(ids('permafrost')).toEqual(['science/ice.txt']);
    lib.put('science/ice.txt', variant(GLACIER, 'Sea ice minimum study', '20240701'));
    expect(ids('permafrost')).toEqual([]);
    expect(ids('"sea ice"')).toEqual(['science/ice.txt']);
    expect(count('SELECT count(*) AS n FROM search_docs')).toBe(10);
  });

  it('forgets a removed article, twice without harm', () => {
    lib.remove('russia/blinken-lavrov.txt');
    removeArticle(lib.db, ROOT, 'russia/blinken-lavrov.txt');
    expect(ids('lavrov')).toEqual(['russia/2022/talks-next-week.txt']);
    expect(count('SELECT count(*) AS n FROM search_text')).toBe(8);
  });

  it('moves an article and its annotations on rename', () => {
    setAnnotations(lib.db, ROOT, [
      {
        id: 'h1',
        articleId: 'russia/blinken-lavrov.txt',
        kind: 'highlight',
        text: 'Normandy group',
        tags: ['format'],
        colour: 'red',
      },
    ]);
    lib.rename('russia/blinken-lavrov.txt', 'archive/blinken.txt');
    expect(ids('lavrov')).toEqual(['archive/blinken.txt', 'russia/2022/talks-next-week.txt']);
    expect(ids('', { folder: 'archive' })).toEqual(['archive/blinken.txt']);
    expect(ids('', { tags: ['format'] })).toEqual(['archive/blinken.txt']);
    expect(ids('', { colours: ['red'] })).toEqual(['archive/blinken.txt']);
    // Renaming something that is not indexed, or onto itself, changes nothing.
    renameArticle(lib.db, ROOT, 'nope.txt', 'other.txt');
    renameArticle(lib.db, ROOT, 'archive/blinken.txt', 'archive/blinken.txt');
    expect(ids('lavrov')).toHaveLength(2);
  });

  it('moves text still waiting to be indexed to the new name, and drops what waited at it', () => {
    // Indexed once, changed since (so waiting again), as after a restart that catalogued the change.
    indexArticle(lib.db, ROOT, 'inbox/waiting.txt', { title: 'Harbour strike', paragraphs: ['Dockers stopped work.'] });
    markForIndex(lib.db, ROOT, 'inbox/waiting.txt');
    markForIndex(lib.db, ROOT, 'inbox/taken.txt');
    renameArticle(lib.db, ROOT, 'inbox/waiting.txt', 'inbox/taken.txt');
    expect(pendingPaths(lib.db, ROOT)).toEqual(['inbox/taken.txt']);
    renameArticle(lib.db, ROOT, 'inbox/taken.txt', 'archive/taken.txt');
    expect(pendingPaths(lib.db, ROOT)).toEqual(['archive/taken.txt']);
  });

  it('replaces whatever was at the new name', () => {
    lib.rename('uk/river-flood-warning.txt', 'uk/council-housing-vote.txt');
    expect(ids('millbrook')).toEqual([]);
    expect(ids('senn')).toEqual(['uk/council-housing-vote.txt', 'uk/river-flood-council.txt']);
    expect(count('SELECT count(*) AS n FROM search_text')).toBe(8);
  });

  it("re-indexes in place inside the caller's transaction", () => {
    const text = { title: 'Dock walkout', paragraphs: ['Stevedores walked out.', 'Nothing moved.'] };
    lib.db.exec('BEGIN');
    indexArticle(lib.db, ROOT, 'uk/ports/harbour-strike.txt', text);
    indexArticle(lib.db, ROOT, 'uk/ports/harbour-strike.txt', text);
    expect(ids('stevedores')).toEqual(['uk/ports/harbour-strike.txt']);
    expect(ids('ardley')).toEqual(['uk-archive/harbour-strike-copy.txt']);
    lib.db.exec('ROLLBACK');
    expect(ids('stevedores')).toEqual([]);
    expect(ids('ardley')).toHaveLength(2);
  });
});

const doc = (id: string, text: string, over: Partial<AnnotationDoc> = {}): AnnotationDoc => ({
  id,
  articleId: 'uk/ports/harbour-strike.txt',
  kind: 'highlight',
  text,
  tags: [],
  colour: 'yellow',
  ...over,
});

describe('setAnnotations', () => {
  it('adds, rewrites and drops by id', () => {
    setAnnotations(lib.db, ROOT, [doc('a', 'walrus sighting'), doc('b', 'pelican note', { tags: ['birds'] })]);
    expect(ids('walrus')).toEqual(['uk/ports/harbour-strike.txt']);
    expect(ids('pelican')).toEqual(['uk/ports/harbour-strike.txt']);
    const before = lib.db.prepare("SELECT id FROM search_annotations WHERE annotation_id = 'a'").get();

    setAnnotations(lib.db, ROOT, [
      doc('a', 'walrus sighting'),
      doc('b', 'cormorant note', { tags: ['seabirds'] }),
      doc('c', 'gannet', { articleId: 'uk/council-housing-vote.txt' }),
    ]);
    expect(ids('pelican')).toEqual([]);
    expect(ids('', { tags: ['birds'] })).toEqual([]);
    expect(ids('', { tags: ['seabirds'] })).toEqual(['uk/ports/harbour-strike.txt']);
    expect(ids('gannet')).toEqual(['uk/council-housing-vote.txt']);
    // An unchanged annotation is not rewritten.
    expect(lib.db.prepare("SELECT id FROM search_annotations WHERE annotation_id = 'a'").get()).toEqual(before);

    setAnnotations(lib.db, ROOT, [doc('c', 'gannet', { articleId: 'uk/council-housing-vote.txt' })]);
    expect(ids('walrus')).toEqual([]);
    expect(ids('', { annotated: true })).toEqual(['uk/council-housing-vote.txt']);
    setAnnotations(lib.db, ROOT, []);
    expect(ids('gannet')).toEqual([]);
    expect(count('SELECT count(*) AS n FROM search_annotation_text')).toBe(0);
    expect(count('SELECT count(*) AS n FROM search_annotation_tags')).toBe(0);
  });

  it("keeps each library's annotations apart", () => {
    setAnnotations(lib.db, ROOT, [doc('a', 'walrus')]);
    setAnnotations(lib.db, '/other', [doc('a', 'walrus'), doc('z', 'narwhal')]);
    setAnnotations(lib.db, '/other', []);
    expect(ids('walrus')).toEqual(['uk/ports/harbour-strike.txt']);
  });

  it("works inside a caller's transaction and rolls back with it", () => {
    lib.db.exec('BEGIN');
    setAnnotations(lib.db, ROOT, [doc('a', 'walrus')]);
    lib.db.exec('ROLLBACK');
    expect(ids('walrus')).toEqual([]);
  });

  it('leaves out annotations of articles that are not in the library', () => {
    setAnnotations(lib.db, ROOT, [doc('a', 'walrus', { articleId: 'gone.txt' })]);
    expect(search(lib.db, ROOT, query('walrus')).total).toBe(0);
  });
});
