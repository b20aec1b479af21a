// Dropped files sent to main a batch at a time: a bad file is refused on its own with the reason, a file
// too large is never read, a failing call refuses only its own batch, and a cancelled drop stops between
// batches. `send` stands in for main's library:import-files.
import { describe, expect, it } from 'vitest';
import type { ImportReport, IncomingFile } from '../../../../../src-preload/contract';
import {
  importDroppedFiles,
  type DroppedFile,
  type ImportProgress,
} from '../../../../../src-renderer/src/features/library/drop-import';

const MB = 1024 * 1024;

/** A dropped file of `size` bytes that counts its reads (its bytes are a few, whatever its size says). */
class FakeDroppedFile implements DroppedFile {
  reads = 0;
  constructor(
    readonly name: string,
    readonly size = 1000,
    private readonly readable = true,
  ) {}

  arrayBuffer(): Promise<ArrayBuffer> {
    this.reads++;
    if (!this.readable) return Promise.reject(new DOMException('A folder', 'NotReadableError'));
    return Promise.resolve(new TextEncoder().encode(`bytes of ${this.name}`).buffer as ArrayBuffer);
  }
}

/** Main's side: adds every file it is sent, or fails the calls the test names. */
function fakeMain(failCalls: readonly number[] = []) {
  const calls: IncomingFile[][] = [];
  const send = async (files: IncomingFile[]): Promise<ImportReport> => {
    calls.push(files);
    if (failCalls.includes(calls.length)) {
      throw new Error("Error invoking remote method 'library:import-files': Error: no library folder is open");
    }
    return { added: files.map((f) => ({ name: f.name, id: f.name })), duplicates: [], refused: [] };
  };
  return { calls, send };
}

describe('importDroppedFiles', () => {
  it('refuses the one file of ten that is too large without reading it, and adds the other nine', async () => {
    const files = Array.from({ length: 10 }, (_, i) => new FakeDroppedFile(`f${i}.txt`, i === 3 ? 20 * MB : 1000));
    const main = fakeMain();
    const report = await importDroppedFiles(files, main.send);
    expect(report.added.map((a) => a.name)).toEqual(files.filter((_, i) => i !== 3).map((f) => f.name));
    expect(report.refused).toEqual([
      { name: 'f3.txt', reason: 'file too large: 20.0 MB (the limit is 8.0 MB); it was not read' },
    ]);
    expect(files[3]?.reads).toBe(0);
    expect(main.calls).toHaveLength(1);
    expect(new TextDecoder().decode(main.calls[0]?.[0]?.bytes)).toBe('bytes of f0.txt');
  });

  it('sends many files in bounded calls and reports progress after each', async () => {
    const files = Array.from({ length: 120 }, (_, i) => new FakeDroppedFile(`${i}.txt`));
    const main = fakeMain();
    const progress: ImportProgress[] = [];
    const report = await importDroppedFiles(files, main.send, { onProgress: (p) => progress.push(p) });
    expect(main.calls.map((call) => call.length)).toEqual([50, 50, 20]);
    expect(progress).toEqual([
      { done: 0, total: 120 },
      { done: 50, total: 120 },
      { done: 100, total: 120 },
      { done: 120, total: 120 },
    ]);
    expect(report.added).toHaveLength(120);
  });

  it('says nothing of progress for a drop that fits in one call', async () => {
    const progress: ImportProgress[] = [];
    await importDroppedFiles([new FakeDroppedFile('a.txt')], fakeMain().send, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([]);
  });

  it('refuses a folder with the reason and sends the files beside it', async () => {
    const main = fakeMain();
    const report = await importDroppedFiles(
      [new FakeDroppedFile('a.txt'), new FakeDroppedFile('folder', 4096, false), new FakeDroppedFile('b.txt')],
      main.send,
    );
    expect(report.refused).toEqual([{ name: 'folder', reason: 'could not be read (folders are not added)' }]);
    expect(main.calls.map((call) => call.map((f) => f.name))).toEqual([['a.txt', 'b.txt']]);
  });

  it('refuses the files of a call that failed, with its reason, and goes on with the next', async () => {
    const files = Array.from({ length: 60 }, (_, i) => new FakeDroppedFile(`${i}.txt`));
    const report = await importDroppedFiles(files, fakeMain([1]).send);
    expect(report.refused).toHaveLength(50);
    expect(report.refused[0]).toEqual({ name: '0.txt', reason: 'not added: no library folder is open' });
    expect(report.added.map((a) => a.name)).toEqual(files.slice(50).map((f) => f.name));
  });

  it('stops before the next call when cancelled: what was added stays, the rest is reported', async () => {
    const files = Array.from({ length: 120 }, (_, i) => new FakeDroppedFile(`${i}.txt`));
    const controller = new AbortController();
    const main = fakeMain();
    const report = await importDroppedFiles(files, main.send, {
      signal: controller.signal,
      onProgress: ({ done }) => done === 50 && controller.abort(),
    });
    expect(main.calls).toHaveLength(1);
    expect(report.added).toHaveLength(50);
    expect(report.refused).toHaveLength(70);
    expect(new Set(report.refused.map((r) => r.reason))).toEqual(new Set(['not added: the import was cancelled']));
    expect(files.slice(50).every((file) => file.reads === 0)).toBe(true);
  });
});
