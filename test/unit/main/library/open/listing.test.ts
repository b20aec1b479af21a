// The list in main follows the catalog's writes in the order the catalog made them, whatever order their
// results come back in: a background step taken up after a newer watch event never undoes it.
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../../../src-preload/contract';
import { Listing } from '../../../../../src-main/library/open/listing';

const broken = (id: string, error: string): CatalogEntry => ({ id, ok: false, error, hash: null, size: 1, mtimeMs: 1 });

describe('Listing', () => {
  it('lists what each write left and says what changed', () => {
    const listing = new Listing([broken('a.txt', 'first')]);
    const changes = listing.apply({
      seq: 1,
      written: [
        { id: 'a.txt', entry: broken('a.txt', 'second') },
        { id: 'b.txt', entry: broken('b.txt', 'new') },
        { id: 'never-listed.txt', entry: null },
      ],
    });
    expect(changes).toEqual([
      { id: 'a.txt', before: broken('a.txt', 'first'), after: broken('a.txt', 'second') },
      { id: 'b.txt', before: undefined, after: broken('b.txt', 'new') },
    ]);
    expect(listing.all().map((entry) => entry.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('ignores a write older than the one a file already shows, a removal included', () => {
    const listing = new Listing([]);
    listing.apply({ seq: 5, written: [{ id: 'a.txt', entry: broken('a.txt', 'newer') }] });
    listing.apply({ seq: 6, written: [{ id: 'b.txt', entry: null }] });
    const late = listing.apply({
      seq: 4,
      written: [
        { id: 'a.txt', entry: broken('a.txt', 'older') },
        { id: 'b.txt', entry: broken('b.txt', 'older') },
        { id: 'c.txt', entry: broken('c.txt', 'only') },
      ],
    });
    expect(late.map((change) => change.id)).toEqual(['c.txt']);
    expect(listing.get('a.txt')).toEqual(broken('a.txt', 'newer'));
    expect(listing.get('b.txt')).toBeUndefined();
  });

  it('takes any write once it has forgotten the order (no background read is running)', () => {
    const listing = new Listing([]);
    listing.apply({ seq: 5, written: [{ id: 'a.txt', entry: broken('a.txt', 'five') }] });
    listing.forgetOrder();
    listing.apply({ seq: 2, written: [{ id: 'a.txt', entry: broken('a.txt', 'two') }] });
    expect(listing.get('a.txt')).toEqual(broken('a.txt', 'two'));
  });
});
