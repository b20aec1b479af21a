// A catalog whose text was indexed before folding (the text as written under unicode61) is indexed again:
// its articles wait to be read again, its annotations are indexed at once from what the old table held.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createSearchSchema, indexArticle, pendingPaths, search } from '../../../../src-main/search/search-index';
import { setAnnotations } from '../../../../src-main/search/annotation-index';
import { searchQuery } from '../../../support/search-query';
import { FixtureLibrary, parse, ROOT, SEED } from './search-fixture';

let lib: FixtureLibrary;

beforeEach(async () => {
  lib = await FixtureLibrary.open({ 'seed.txt': SEED });
  setAnnotations(lib.db, ROOT, [
    { id: 'note-1', articleId: 'seed.txt', kind: 'article', text: 'Ζηλανδία', tags: ['Αθήνα'], colour: null },
  ]);
  // The tables as the earlier form made them, holding what it held.
  lib.db.exec(`
    DROP TABLE search_vocab; DROP TABLE search_text; DROP TABLE search_text_source;
    DROP TABLE search_annotation_vocab; DROP TABLE search_annotation_text; DROP TABLE search_annotation_source;
    DELETE FROM search_state WHERE key = 'text_form';
    CREATE VIRTUAL TABLE search_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2');
    CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row');
    CREATE VIRTUAL TABLE search_annotation_text USING fts5(
      text, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2'
    );
    CREATE VIRTUAL TABLE search_annotation_vocab USING fts5vocab(search_annotation_text, 'row');
  `);
  const id = (lib.db.prepare('SELECT id FROM search_annotations').get() as { id: number }).id;
  lib.db
    .prepare('INSERT INTO search_annotation_text (rowid, text, tags) VALUES (?, ?, ?)')
    .run(id, 'Ζηλανδία', 'Αθήνα');
  const doc = (lib.db.prepare('SELECT id FROM search_docs').get() as { id: number }).id;
  lib.db.prepare("INSERT INTO search_text (rowid, title, body) VALUES (?, 'old', 'Lavrov')").run(doc);
});

afterEach(() => lib.close());

it('queues every article to be indexed again and re-indexes the annotations folded', () => {
  createSearchSchema(lib.db);
  expect(pendingPaths(lib.db, ROOT)).toEqual(['seed.txt']);
  expect(lib.db.prepare('SELECT count(*) AS n FROM search_docs').get()).toEqual({ n: 0 });
  // The note is found without its accents, by its text and its tag; the article text only once read again.
  expect(search(lib.db, ROOT, searchQuery('ζηλανδια ')).hits.map((h) => h.id)).toEqual(['seed.txt']);
  expect(search(lib.db, ROOT, searchQuery('αθηνα ')).total).toBe(1);
  expect(search(lib.db, ROOT, searchQuery('lavrov ')).total).toBe(0);
  expect(search(lib.db, ROOT, searchQuery('lavrov ')).partial).toEqual({ indexed: 0, articles: 1 });

  lib.db.exec('BEGIN');
  indexArticle(lib.db, ROOT, 'seed.txt', parse(SEED));
  lib.db.exec('COMMIT');
  expect(search(lib.db, ROOT, searchQuery('lavrov ')).hits.map((h) => h.id)).toEqual(['seed.txt']);
  expect(pendingPaths(lib.db, ROOT)).toEqual([]);

  // Opened again, nothing is migrated twice.
  createSearchSchema(lib.db);
  expect(pendingPaths(lib.db, ROOT)).toEqual([]);
  expect(search(lib.db, ROOT, searchQuery('lavrov ')).total).toBe(1);
});
