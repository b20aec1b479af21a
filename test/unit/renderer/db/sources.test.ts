// The source register on fake-indexeddb: grading an outlet records each change with its reason, the same
// grade twice records nothing, undo takes back only the latest change, and notes and names are kept.
import { describe, expect, it, vi } from 'vitest';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import {
  allSources,
  reliabilityOf,
  setReliability,
  setSourceName,
  setSourceNote,
  sourceFor,
  sourceMap,
  undoReliability,
} from '../../../../src-renderer/src/db/sources';
import { withTestDb } from './fake-db';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

describe('source register', () => {
  it('reads F for an outlet never graded, and stores nothing for it', async () => {
    expect(await sourceFor(db, 'reuters.com')).toBeUndefined();
    expect(reliabilityOf(await sourceMap(db), 'reuters.com')).toBe('F');
    expect(reliabilityOf(await sourceMap(db), null)).toBe('F');
    expect(await allSources(db)).toEqual([]);
  });

  it('records every change of grade with when, from what, to what and why', async () => {
    const first = await setReliability(db, 'reuters.com', 'B', '  Long record of corrections  ', 'Reuters');
    vi.setSystemTime(T0 + 60_000);
    const second = await setReliability(db, 'reuters.com', 'A', '');
    const stored = await sourceFor(db, 'reuters.com');
    expect(stored).toEqual({
      domain: 'reuters.com',
      name: 'Reuters',
      reliability: 'A',
      note: '',
      history: [
        { at: T0, from: 'F', to: 'B', reason: 'Long record of corrections' },
        { at: T0 + 60_000, from: 'B', to: 'A', reason: '' },
      ],
      updatedAt: T0 + 60_000,
    });
    expect([first, second]).toEqual(stored?.history);
  });

  it('records nothing when the outlet already has the grade', async () => {
    await setReliability(db, 'tass.ru', 'D', 'State agency');
    expect(await setReliability(db, 'tass.ru', 'D', 'again')).toBeNull();
    expect((await sourceFor(db, 'tass.ru'))?.history).toHaveLength(1);
  });

  it('refuses a grade outside A–F and an empty domain', async () => {
    await expect(setReliability(db, 'tass.ru', 'G' as 'A')).rejects.toThrow('not a reliability grade');
    await expect(setReliability(db, '', 'A')).rejects.toThrow('needs a domain');
    expect(await allSources(db)).toEqual([]);
  });

  it('undoes the latest change only, and forgets an outlet that holds nothing else', async () => {
    const change = await setReliability(db, 'bbc.co.uk', 'B', 'first');
    if (!change) throw new Error('no change');
    expect(await undoReliability(db, 'bbc.co.uk', change)).toBe(true);
    expect(await sourceFor(db, 'bbc.co.uk')).toBeUndefined();

    const b = await setReliability(db, 'bbc.co.uk', 'B', 'first');
    await setSourceNote(db, 'bbc.co.uk', 'Public broadcaster');
    const c = await setReliability(db, 'bbc.co.uk', 'C', 'second');
    if (!b || !c) throw new Error('no change');
    expect(await undoReliability(db, 'bbc.co.uk', b)).toBe(false); // a later change stands
    expect(await undoReliability(db, 'bbc.co.uk', c)).toBe(true);
    const stored = await sourceFor(db, 'bbc.co.uk');
    expect(stored?.reliability).toBe('B');
    expect(stored?.history.map((h) => h.to)).toEqual(['B']);
    expect(stored?.note).toBe('Public broadcaster');
  });

  it('keeps a note and a name on an outlet not graded, and lists the register by domain', async () => {
    await setSourceNote(db, 'rt.com', 'Check every claim', 'RT');
    await setSourceName(db, 'aljazeera.com', '  Al   Jazeera ');
    expect(await allSources(db)).toEqual([
      { domain: 'aljazeera.com', name: 'Al Jazeera', reliability: 'F', note: '', history: [], updatedAt: T0 },
      { domain: 'rt.com', name: 'RT', reliability: 'F', note: 'Check every claim', history: [], updatedAt: T0 },
    ]);
  });
});
