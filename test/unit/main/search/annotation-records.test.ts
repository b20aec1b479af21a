// One bad annotation never costs the others their place in search: each bad record beside good ones, checked
// (checkAnnotationDocs) and indexed (setAnnotations) as main does, and the good ones still found.
import { describe, expect, it } from 'vitest';
import type { AnnotationDoc } from '../../../../src-preload/contract';
import { ANNOTATION_LIMITS, checkAnnotationDocs, stableId } from '../../../../src-main/search/annotation-docs';
import { search, setAnnotations } from '../../../../src-main/search/search-index';
import { searchQuery as query } from '../../../support/search-query';
import { FixtureLibrary, ROOT, withFixtureLibrary } from './search-fixture';

let lib: FixtureLibrary;
withFixtureLibrary((opened) => (lib = opened));

const HARBOUR = 'uk/ports/harbour-strike.txt';
const good = (id: string, text: string): AnnotationDoc => ({
  id,
  articleId: HARBOUR,
  kind: 'highlight',
  text,
  tags: [],
  colour: 'yellow',
});
const found = (text: string): string[] => search(lib.db, ROOT, query(text)).hits.map((h) => h.id);

/** Checks and indexes the records as main does; the good neighbours must be found whatever the bad one is. */
function index(bad: unknown): ReturnType<typeof checkAnnotationDocs> {
  const checked = checkAnnotationDocs([good('before', 'walrus sighting'), bad, good('after', 'pelican colony')]);
  expect(setAnnotations(lib.db, ROOT, checked.docs)).toEqual([]);
  expect(found('walrus')).toEqual([HARBOUR]);
  expect(found('pelican')).toEqual([HARBOUR]);
  return checked;
}

describe('a bad annotation beside good ones', () => {
  it('an article note on a very long path is indexed under a hash of its id, and found', () => {
    const path = `${'deeply/nested/folder/'.repeat(150)}report.txt`;
    lib.put(path, 'Ferry timetable report\n20240101\nhttps://ferry.example.org/\nThe ferry runs hourly.\n');
    const note = { id: `article:${path}`, articleId: path, kind: 'article', text: 'gannet', tags: [], colour: null };
    const checked = index(note);
    const indexed = checked.docs.find((doc) => doc.kind === 'article');
    expect(indexed?.id).toBe(stableId(`article:${path}`));
    expect(indexed?.id.length).toBeLessThanOrEqual(ANNOTATION_LIMITS.id);
    expect(checked.skipped).toEqual([]);
    expect(found('gannet')).toEqual([path]);
  });

  it('a long imported id is hashed the same way every time, so sending the set again rewrites nothing', () => {
    const longId = `urn:imported:${'x'.repeat(5000)}`;
    index({ ...good(longId, 'cormorant'), colour: null });
    const row = (): unknown =>
      lib.db.prepare('SELECT id FROM search_annotations WHERE annotation_id = ?').get(stableId(longId));
    const before = row();
    expect(before).toBeDefined();
    index({ ...good(longId, 'cormorant'), colour: null });
    expect(row()).toEqual(before);
    expect(found('cormorant')).toEqual([HARBOUR]);
  });

  it('a 300,000-character quote is shortened to the limit, reported, and found by its words', () => {
    const quote = `albatross ${'ocean '.repeat(50_000)}`;
    const checked = index(good('huge', quote));
    expect(checked.docs.find((doc) => doc.id === 'huge')?.text).toHaveLength(ANNOTATION_LIMITS.text);
    expect([...checked.shortened.values()]).toEqual([
      {
        id: 'huge',
        articleId: HARBOUR,
        kind: 'highlight',
        reason: 'its text is 300,010 characters; the first 200,000 are searchable',
      },
    ]);
    expect(found('albatross')).toEqual([HARBOUR]);
  });

  it('too many or too long tags are cut and reported; the record is still found by its tags', () => {
    const tags = [`${'t'.repeat(300)}`, ...Array.from({ length: 250 }, (_, i) => `tag${i}`)];
    const checked = index({ ...good('tagged', 'puffin'), tags });
    const doc = checked.docs.find((d) => d.id === 'tagged');
    expect(doc?.tags).toHaveLength(ANNOTATION_LIMITS.tags);
    expect(doc?.tags[0]).toHaveLength(ANNOTATION_LIMITS.tag);
    expect(checked.shortened.get('tagged')?.reason).toBe(
      'it has 251 tags; the first 200 are searchable; a tag is over 200 characters; its start is searchable',
    );
    expect(found('tag17')).toEqual([HARBOUR]);
  });

  it('a malformed record is skipped with the field that is wrong', () => {
    const checked = index({ id: 'broken', articleId: HARBOUR, kind: 'highlight', tags: [], colour: null });
    expect(checked.skipped).toEqual([
      {
        id: 'broken',
        articleId: HARBOUR,
        kind: 'highlight',
        reason: 'it is malformed (text: Invalid input: expected string, received undefined)',
      },
    ]);
  });

  it('a record whose article path is not a path is skipped, and so is a second record with the same id', () => {
    const checked = checkAnnotationDocs([
      good('a', 'walrus'),
      { ...good('nul', 'heron'), articleId: 'a\0b.txt' },
      good('a', 'osprey'),
    ]);
    expect(checked.docs.map((doc) => doc.id)).toEqual(['a']);
    expect(checked.skipped.map((issue) => [issue.id, issue.reason])).toEqual([
      ['nul', 'its article path is not valid'],
      ['a', 'another record has the same id'],
    ]);
  });

  it('a record the index refuses is left out and returned; the others are written', () => {
    lib.db.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON search_annotations WHEN NEW.annotation_id = 'poison'
                 BEGIN SELECT RAISE(ABORT, 'injected fault'); END`);
    const refused = setAnnotations(lib.db, ROOT, [good('one', 'walrus'), good('poison', 'heron'), good('two', 'tern')]);
    expect(refused).toEqual([{ id: 'poison', reason: 'the index refused it (injected fault)' }]);
    expect(found('walrus')).toEqual([HARBOUR]);
    expect(found('tern')).toEqual([HARBOUR]);
    expect(found('heron')).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) AS n FROM search_annotation_text').get()).toEqual({ n: 2 });
  });
});
