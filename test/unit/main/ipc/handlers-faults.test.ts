// Saving and exporting when the disk fails under them: the analyst's earlier file stays as it was, nothing
// partial is left beside it, and the error says which file and why. Also files the dialog offers that are
// not files at all (a FIFO) or too large, which must be refused rather than hang main.
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteFailedError } from '../../../../src-main/files/atomic-write';
import { createHandlerTable, type HandlerTable } from '../../../../src-main/ipc/handlers';
import { fullDisk, type FullDisk } from '../../../support/full-disk';
import { openRequest, saveRequest, withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

/** The harness's services over a disk that is full. */
function onFullDisk(disk: FullDisk): HandlerTable {
  return createHandlerTable({
    library: h.library,
    settings: h.settings,
    dialogs: h.dialogs,
    notices: h.notices,
    legacyWork: h.legacyWork,
    snapshots: h.snapshots,
    openExternal: () => Promise.resolve(),
    printPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 printed')),
    fileOps: disk,
  });
}

const fixtureBrief = async (): Promise<unknown> =>
  JSON.parse(await readFile(join(__dirname, '../../../fixtures/sample-brief.json'), 'utf8'));

describe('a full disk', () => {
  it('files:save keeps the earlier file, leaves nothing partial, and says what happened', async () => {
    const target = join(h.base, 'annotations.json');
    await writeFile(target, 'the export of last week');
    const disk = fullDisk();
    h.dialogs.savePaths.push(target);
    const save = onFullDisk(disk)['files:save']({ ...saveRequest, content: 'x'.repeat(100_000) });
    await expect(save).rejects.toThrow(WriteFailedError);
    await expect(save).rejects.toThrow(
      'Could not save annotations.json: the disk is full. The previous version, if any, is unchanged.',
    );
    expect(disk.failures).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('the export of last week');
    expect((await readdir(h.base)).filter((name) => name.includes('annotations'))).toEqual(['annotations.json']);
  });

  it.each(['md', 'pdf', 'docx'] as const)(
    'briefs:export as %s keeps the earlier export and leaves nothing partial',
    async (format) => {
      const target = join(h.base, `brief.${format}`);
      await writeFile(target, 'yesterday’s brief');
      h.dialogs.savePaths.push(target);
      const exported = onFullDisk(fullDisk())['briefs:export']({ format, document: await fixtureBrief() });
      await expect(exported).rejects.toThrow(`Could not save brief.${format}: the disk is full.`);
      expect(await readFile(target, 'utf8')).toBe('yesterday’s brief');
      expect((await readdir(h.base)).filter((name) => name.startsWith('.'))).toEqual([]);
    },
  );

  it('writes once the disk has room again, and sweeps what a killed export left behind', async () => {
    const target = join(h.base, 'brief.md');
    const stale = join(h.base, '.brief.md.99999999.0badc0de.dossier-tmp');
    await writeFile(stale, 'half of an export a crash interrupted');
    const disk = fullDisk();
    const table = onFullDisk(disk);
    h.dialogs.savePaths.push(target, target);
    await expect(table['files:save'](saveRequest)).rejects.toThrow('the disk is full');
    disk.free();
    await expect(table['files:save'](saveRequest)).resolves.toBe(target);
    expect(await readFile(target, 'utf8')).toBe(saveRequest.content);
    expect((await readdir(h.base)).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('files:open-text refuses what is not a readable file', () => {
  it('a FIFO picked in the dialog is refused at once instead of hanging main', async () => {
    const fifo = join(h.base, 'annotations.json');
    execFileSync('mkfifo', [fifo]);
    h.dialogs.openPaths.push(fifo);
    await expect(h.call('files:open-text', openRequest)).rejects.toThrow('annotations.json is not a file to open');
  });
});
