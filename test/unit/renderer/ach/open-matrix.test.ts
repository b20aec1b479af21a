// The Hypotheses view's memory and the briefs a matrix is in: each library keeps its own open matrix, a
// request from a brief focuses its matrix once, and the briefs that show a matrix are found (newest first).
import { describe, expect, it, vi } from 'vitest';
import { addAchSection, createBrief } from '../../../../src-renderer/src/db/briefs';
import { briefsShowingMatrix } from '../../../../src-renderer/src/db/brief-matrices';
import { createMatrix } from '../../../../src-renderer/src/db/ach';
import type { DossierDb } from '../../../../src-renderer/src/db/schema';
import {
  rememberedMatrix,
  rememberMatrix,
  requestMatrix,
  takeFocusRequest,
} from '../../../../src-renderer/src/features/ach/open-matrix';
import { LIB, withTestDb } from '../db/fake-db';

const T0 = Date.UTC(2024, 2, 14, 9, 0, 0);
let db: DossierDb;
withTestDb(T0, (opened) => (db = opened));

describe('the open matrix, per library', () => {
  it('keeps one matrix for each library, forgets it on null, and knows none without a library', () => {
    rememberMatrix('lib-1', 'm-1');
    rememberMatrix('lib-2', 'm-2');
    expect(rememberedMatrix('lib-1')).toBe('m-1');
    expect(rememberedMatrix('lib-2')).toBe('m-2');
    rememberMatrix('lib-1', null);
    expect(rememberedMatrix('lib-1')).toBeNull();
    expect(rememberedMatrix('lib-2')).toBe('m-2');
    rememberMatrix(null, 'm-3');
    expect(rememberedMatrix(null)).toBeNull();
  });

  it('focuses a requested matrix once, and not another one', () => {
    requestMatrix('lib-3', 'm-4');
    expect(rememberedMatrix('lib-3')).toBe('m-4');
    expect(takeFocusRequest('m-5')).toBe(false);
    expect(takeFocusRequest('m-4')).toBe(true);
    expect(takeFocusRequest('m-4')).toBe(false);
  });

  it('is kept in localStorage across a restart, forgotten on null, and a damaged value is ignored', async () => {
    const kept = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    });
    try {
      rememberMatrix('lib-9', 'm-9');
      vi.resetModules();
      const restarted = await import('../../../../src-renderer/src/features/ach/open-matrix');
      expect(restarted.rememberedMatrix('lib-9')).toBe('m-9');
      restarted.rememberMatrix('lib-9', null);
      expect(kept.size).toBe(0);
      kept.set('dossier.ach.open.lib-8', '<script>');
      expect(restarted.rememberedMatrix('lib-8')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the briefs that show a matrix', () => {
  it('names each brief with a section of the matrix, the one changed last first', async () => {
    const matrix = await createMatrix(db, LIB, 'Who did it?');
    const other = await createMatrix(db, LIB, 'Why now?');
    const first = await createBrief(db, 'Weekly');
    await createBrief(db, 'Unrelated');
    await addAchSection(db, first.id, matrix);
    vi.setSystemTime(T0 + 60_000);
    const made = await addAchSection(db, null, matrix);
    vi.setSystemTime(T0 + 120_000);
    await addAchSection(db, first.id, other);
    expect(await briefsShowingMatrix(db, matrix.id)).toEqual([
      { id: first.id, title: 'Weekly' },
      { id: made.briefId, title: made.title },
    ]);
    expect(await briefsShowingMatrix(db, other.id)).toEqual([{ id: first.id, title: 'Weekly' }]);
    expect(await briefsShowingMatrix(db, 'gone')).toEqual([]);
  });
});
