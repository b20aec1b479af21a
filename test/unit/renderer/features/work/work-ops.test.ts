// Import, restore and undo against the page's database (fake-indexeddb) and a fake bridge to main: each
// saves the current work to a snapshot before it changes anything, and when that snapshot cannot be
// written (a full disk) it stops with the reason and the work stays as it was.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Api, SaveSnapshotRequest } from '../../../../../src-preload/contract';
import { getDb } from '../../../../../src-renderer/src/db/db';
import { createHighlight } from '../../../../../src-renderer/src/db/highlights';
import { readWorkFile } from '../../../../../src-renderer/src/db/portability';
import { importWork, replaceAllWork, undoTo } from '../../../../../src-renderer/src/features/work/work-ops';
import { dumpWork, LIB, newHighlight, resetFakeIndexedDb, storedHighlight } from '../../db/fake-db';

const saved: SaveSnapshotRequest[] = [];
let diskFull = false;

const api: Pick<Api, 'saveSnapshot'> = {
  saveSnapshot: (request) => {
    if (diskFull) return Promise.reject(new Error('Could not save work.json: the disk is full.'));
    saved.push(request);
    const counts = { highlights: 0, notes: 0, briefs: 0, matrices: 0 };
    return Promise.resolve({ snapshot: { id: 's', takenAt: 0, reason: request.reason, counts }, written: true });
  },
};

const FILE = JSON.stringify({
  type: 'AnnotationCollection',
  items: [
    {
      id: 'urn:uuid:from-file',
      type: 'Annotation',
      motivation: 'highlighting',
      modified: '2024-06-01T10:00:00.000Z',
      body: [],
      target: {
        source: 'a.txt',
        'dossier:hash': 'h',
        'dossier:title': 'A',
        selector: [{ type: 'TextQuoteSelector', exact: 'Minsk', prefix: '', suffix: '' }],
      },
    },
  ],
});

beforeAll(() => {
  resetFakeIndexedDb();
  (globalThis as { window?: unknown }).window = { api };
});
afterAll(() => {
  getDb().close();
  delete (globalThis as { window?: unknown }).window;
});
beforeEach(async () => {
  saved.length = 0;
  diskFull = false;
  await getDb().highlights.clear();
  await createHighlight(getDb(), LIB, newHighlight());
});

describe('work operations', () => {
  it('import saves the current work to a snapshot first, and undo puts it back', async () => {
    const before = await dumpWork(getDb());
    const { plan, before: document } = await importWork(readWorkFile(FILE));
    expect(plan.counts.added).toBe(1);
    expect(saved.map((r) => r.reason)).toEqual(['import']);
    expect(saved[0]?.document).toBe(document);
    expect(await getDb().highlights.count()).toBe(2);

    await undoTo(document);
    expect(saved.map((r) => r.reason)).toEqual(['import', 'restore']);
    expect(await dumpWork(getDb())).toEqual(before);
  });

  it('changes nothing when the snapshot before an import or a restore cannot be written', async () => {
    const before = await dumpWork(getDb());
    diskFull = true;
    await expect(importWork(readWorkFile(FILE))).rejects.toThrow(
      'Your current work could not be saved to a snapshot first, so nothing was changed: Could not save ' +
        'work.json: the disk is full.',
    );
    const replacement = readWorkFile(FILE);
    await expect(replaceAllWork({ ...replacement, highlights: [storedHighlight('other')] })).rejects.toThrow(
      'nothing was changed',
    );
    expect(await dumpWork(getDb())).toEqual(before);
  });
});
