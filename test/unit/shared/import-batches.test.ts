// Planning an import: what is refused by name and size alone (before anything is read), and batches that
// stay within a call's file count and bytes, in the order the files came.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../../src-main/articles/types';
import { IncomingFilesSchema, MAX_IMPORT_BYTES } from '../../../src-main/ipc/schemas';
import {
  IMPORT_LIMITS,
  joinReports,
  MAX_ARTICLE_BYTES,
  planImport,
  type ImportBatchLimits,
} from '../../../src-shared/import-batches';

const MB = 1024 * 1024;
const sized = (name: string, size: number): { name: string; size: number } => ({ name, size });
const names = (batch: readonly { name: string }[]): string[] => batch.map((file) => file.name);

describe('planImport', () => {
  it('refuses only the file over the limit, with its size, and keeps the other nine', () => {
    const files = Array.from({ length: 10 }, (_, i) => sized(`f${i}.txt`, i === 4 ? 12 * MB : 10_000));
    const plan = planImport(files);
    expect(plan.refused).toEqual([
      { name: 'f4.txt', reason: 'file too large: 12.0 MB (the limit is 8.0 MB); it was not read' },
    ]);
    expect(plan.batches.flatMap(names)).toEqual(files.map((f) => f.name).filter((name) => name !== 'f4.txt'));
  });

  it('sends at most 50 files per call', () => {
    const plan = planImport(Array.from({ length: 120 }, (_, i) => sized(`${i}.txt`, 1000)));
    expect(plan.batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
  });

  it('sends at most 8 MB per call, and a file of nearly 8 MB alone', () => {
    const plan = planImport([
      sized('a.txt', 3 * MB),
      sized('b.txt', 3 * MB),
      sized('c.txt', 3 * MB),
      sized('big.txt', 8 * MB),
      sized('d.txt', 1),
    ]);
    expect(plan.batches.map(names)).toEqual([['a.txt', 'b.txt'], ['c.txt'], ['big.txt'], ['d.txt']]);
    for (const batch of plan.batches) {
      expect(batch.reduce((sum, file) => sum + file.size, 0)).toBeLessThanOrEqual(IMPORT_LIMITS.batchBytes);
    }
  });

  it('refuses a name longer than main accepts, shortened in the report', () => {
    const long = `${'x'.repeat(2000)}.txt`;
    const plan = planImport([sized(long, 10), sized('ok.txt', 10)]);
    expect(plan.refused).toEqual([{ name: `${'x'.repeat(60)}…`, reason: 'the file name is too long' }]);
    expect(plan.batches.map(names)).toEqual([['ok.txt']]);
  });

  it('follows the limits it is given', () => {
    const limits: ImportBatchLimits = { maxFileBytes: 100, batchBytes: 150, batchFiles: 2, nameChars: 10 };
    const plan = planImport([sized('a', 100), sized('b', 40), sized('c', 10), sized('d', 101)], limits);
    expect(plan.batches.map(names)).toEqual([['a', 'b'], ['c']]);
    expect(plan.refused.map((r) => r.name)).toEqual(['d']);
  });
});

describe('the limits', () => {
  it('are main’s: the same article size limit, and a full batch passes main’s argument check', () => {
    expect(MAX_ARTICLE_BYTES).toBe(DEFAULT_MAX_ARTICLE_BYTES);
    expect(IMPORT_LIMITS.batchBytes).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    // The largest batch: a file at the size limit beside a full batch's bytes can never be sent together.
    const files = Array.from({ length: IMPORT_LIMITS.batchFiles }, (_, i) => ({
      name: 'n'.repeat(IMPORT_LIMITS.nameChars - 4) + `${i}`.padStart(4, '0'),
      bytes: new Uint8Array(Math.floor(IMPORT_LIMITS.batchBytes / IMPORT_LIMITS.batchFiles)),
    }));
    expect(IncomingFilesSchema.safeParse(files).success).toBe(true);
  });
});

describe('joinReports', () => {
  it('keeps every outcome of every call, in order', () => {
    expect(
      joinReports([
        { added: [{ name: 'a', id: 'a' }], duplicates: [], refused: [{ name: 'x', reason: 'r' }] },
        { added: [{ name: 'b', id: 'b' }], duplicates: [{ name: 'c', existingId: 'a' }], refused: [] },
      ]),
    ).toEqual({
      added: [
        { name: 'a', id: 'a' },
        { name: 'b', id: 'b' },
      ],
      duplicates: [{ name: 'c', existingId: 'a' }],
      refused: [{ name: 'x', reason: 'r' }],
    });
  });
});
