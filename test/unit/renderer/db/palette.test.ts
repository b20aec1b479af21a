// The palette on fake-indexeddb: the defaults on a new database, kept when it opens again, read in order
// and renamed by the analyst.
import { describe, expect, it } from 'vitest';
import { paletteInOrder, paletteLabel, renameColour } from '../../../../src-renderer/src/db/palette';
import { DEFAULT_PALETTE, DossierDb } from '../../../../src-renderer/src/db/schema';
import { resetFakeIndexedDb, uniqueDbName, withTestDb } from './fake-db';

let db: DossierDb;

withTestDb(Date.UTC(2024, 2, 18, 9, 0, 0), (opened) => (db = opened));

describe('palette', () => {
  it('is filled with the five default colours, in order, when the database is first created', async () => {
    const palette = await paletteInOrder(db);
    expect(palette).toEqual([
      { key: 'yellow', label: 'Key fact', order: 0 },
      { key: 'red', label: 'Claim to verify', order: 1 },
      { key: 'purple', label: 'Contradiction', order: 2 },
      { key: 'blue', label: 'Context', order: 3 },
      { key: 'green', label: 'Follow up', order: 4 },
    ]);
    expect(palette).toEqual(DEFAULT_PALETTE);
  });

  it('is not filled again, nor reset, when an existing database opens', async () => {
    resetFakeIndexedDb();
    const name = uniqueDbName();
    const first = new DossierDb(name);
    await first.palette.update('red', { label: 'Disputed' });
    first.close();

    const again = new DossierDb(name);
    const palette = await again.palette.orderBy('order').toArray();
    again.close();
    expect(palette).toHaveLength(5);
    expect(palette.find((p) => p.key === 'red')?.label).toBe('Disputed');
  });
});

describe('renameColour', () => {
  it('gives a colour a new meaning, single-spaced and trimmed, and the palette reads it in order', async () => {
    await renameColour(db, 'red', '  Claim   to check ');
    const palette = await paletteInOrder(db);
    expect(palette.map((p) => p.key)).toEqual(DEFAULT_PALETTE.map((p) => p.key));
    expect(paletteLabel(palette, 'red')).toBe('Claim to check');
  });

  it('keeps a name to 40 characters, and refuses an empty one without changing the old', async () => {
    await renameColour(db, 'blue', 'Background that explains the wider context of the talks');
    await expect(renameColour(db, 'green', '   ')).rejects.toThrow('a colour needs a name');
    const palette = await paletteInOrder(db);
    expect(paletteLabel(palette, 'blue')).toBe('Background that explains the wider conte');
    expect(paletteLabel(palette, 'green')).toBe('Follow up');
  });
});
