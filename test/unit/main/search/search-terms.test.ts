// The vocabulary table behind typo tolerance: rebuilt in bulk by refreshTerms after articles were indexed
// as a bulk run, kept equal to the index's own vocabulary one article at a time otherwise.
import { describe, expect, it } from 'vitest';
import { markForIndex, refreshTerms, removeArticle, search } from '../../../../src-main/search/search-index';
import { termsFresh } from '../../../../src-main/search/terms';
import { FixtureLibrary, GLACIER, HARBOUR, ROOT, variant, withFixtureLibrary } from './search-fixture';
import { searchQuery as query } from '../../../support/search-query';

let lib: FixtureLibrary;
const find = (text: string): ReturnType<typeof search> => search(lib.db, ROOT, query(text));
const rows = (sql: string): [string, number][] =>
  (lib.db.prepare(sql).all() as { term: string; n: number }[]).map((r) => [r.term, r.n]);
const table = (): [string, number][] => rows('SELECT term, docs AS n FROM search_terms ORDER BY term');
const index = (): [string, number][] => rows('SELECT term, doc AS n FROM search_vocab ORDER BY term');

withFixtureLibrary((opened) => (lib = opened));

describe('search_terms', () => {
  it('follows single articles added, changed and removed', () => {
    expect(termsFresh(lib.db)).toBe(true);
    expect(table().length).toBeGreaterThan(100);
    expect(table()).toEqual(index());
    lib.put('science/ice.txt', variant(GLACIER, 'Permafrost thaw study', '20240701'));
    expect(table()).toContainEqual(['permafrost', 1]);
    lib.put('science/ice.txt', variant(HARBOUR, 'Sea ice minimum study', '20240701'));
    expect(table().map(([term]) => term)).not.toContain('permafrost');
    expect(table()).toEqual(index());
    lib.remove('uk/ports/harbour-strike.txt');
    removeArticle(lib.db, ROOT, 'science/ice.txt');
    expect(table()).toEqual(index());
  });

  it('is left to refreshTerms by a bulk run, and corrects from the index meanwhile', () => {
    const text = variant(GLACIER, 'Zanzibarite deposits found', '20240701');
    markForIndex(lib.db, ROOT, 'science/zanzibar.txt');
    lib.put('science/zanzibar.txt', text);
    expect(termsFresh(lib.db)).toBe(false);
    expect(table().map(([term]) => term)).not.toContain('zanzibarite');
    expect(find('zanzibrite')).toMatchObject({ total: 1, corrections: [{ from: 'zanzibrite', to: 'zanzibarite' }] });
    refreshTerms(lib.db);
    expect(termsFresh(lib.db)).toBe(true);
    expect(table()).toEqual(index());
    expect(find('zanzibrite')).toMatchObject({ total: 1, corrections: [{ from: 'zanzibrite', to: 'zanzibarite' }] });
  });

  it('skips a candidate that no longer matches anything', () => {
    // More documents than "glaciers" and as near to "glaciera", but in no article.
    lib.db.prepare('INSERT INTO search_terms (term, docs) VALUES (?, ?)').run('glacierx', 1000);
    expect(find('glaciera').corrections).toEqual([{ from: 'glaciera', to: 'glaciers' }]);
  });

  it('is rebuilt for a catalog indexed before it existed', () => {
    lib.db.exec("DELETE FROM search_terms; UPDATE search_state SET value = 1 WHERE key = 'terms_stale'");
    expect(find('glacers').corrections).toEqual([{ from: 'glacers', to: 'glaciers' }]);
    refreshTerms(lib.db);
    expect(table()).toEqual(index());
  });
});
