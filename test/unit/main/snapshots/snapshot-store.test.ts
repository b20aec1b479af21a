// The snapshot store on a real folder: identical work is written once, each file holds the document and
// the settings, rotation keeps the folder bounded, a full disk keeps the earlier snapshots and leaves no
// partial file, and reading back refuses anything that is not one of its snapshots.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_FILE_OPS, type AtomicFileOps } from '../../../../src-main/files/atomic-write';
import { SnapshotStore, type SnapshotStoreOptions } from '../../../../src-main/snapshots/snapshot-store';
import { TempDirs } from '../../../support/temp-library';
import { workDocument } from './work-documents';

let dir = '';
new TempDirs().eachTest('snapshots', (made) => (dir = made));

function store(options: Partial<SnapshotStoreOptions> = {}): { store: SnapshotStore; tick: () => void } {
  let now = Date.UTC(2025, 2, 1, 10, 0, 0);
  return {
    store: new SnapshotStore({ folder: join(dir, 'snapshots'), now: () => now, ...options }),
    tick: () => void (now += 60_000),
  };
}

const diskFull: AtomicFileOps = {
  ...NODE_FILE_OPS,
  rename: () => Promise.reject(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' })),
};

describe('SnapshotStore', () => {
  it('writes the document with its counts in the name, and the settings inside', async () => {
    const { store: snapshots } = store({ settings: () => Promise.resolve({ libraryRoot: '/home/a/Library' }) });
    const saved = await snapshots.save(workDocument(3, 2, 1), 'auto');
    expect(saved.written).toBe(true);
    expect(saved.snapshot).toMatchObject({ reason: 'auto', counts: { highlights: 3, notes: 2, briefs: 1 } });
    expect(await readdir(join(dir, 'snapshots'))).toEqual([saved.snapshot.id]);
    const stored = JSON.parse(await readFile(join(dir, 'snapshots', saved.snapshot.id), 'utf8')) as object;
    expect(stored).toEqual({ ...workDocument(3, 2, 1), 'dossier:settings': { libraryRoot: '/home/a/Library' } });
    expect(await snapshots.read(saved.snapshot.id)).toEqual(stored);
  });

  it('counts the ACH matrices, and lists them after the snapshot is written', async () => {
    const { store: snapshots } = store();
    const document = { ...workDocument(1), 'dossier:ach': [{ id: 'm1' }, { id: 'm2' }] };
    const saved = await snapshots.save(document, 'auto');
    expect(saved.snapshot.counts).toEqual({ highlights: 1, notes: 0, briefs: 0, matrices: 2 });
    expect((await snapshots.list()).snapshots.map((s) => s.counts.matrices)).toEqual([2]);
  });

  it('does not write work identical to the latest snapshot again, whatever its time of writing', async () => {
    const { store: snapshots, tick } = store();
    const first = await snapshots.save(workDocument(2), 'auto');
    tick();
    const again = await snapshots.save(workDocument(2, 0, 0, '2025-03-01T11:00:00.000Z'), 'import');
    expect(again).toEqual({ snapshot: first.snapshot, written: false });
    tick();
    const changed = await snapshots.save(workDocument(3), 'auto');
    expect(changed.written).toBe(true);
    tick();
    // Back to the first state: it differs from the latest, so it is written.
    expect((await snapshots.save(workDocument(2), 'auto')).written).toBe(true);
    const listed = await snapshots.list();
    expect(listed.folder).toBe(join(dir, 'snapshots'));
    expect(listed.snapshots.map((s) => s.counts.highlights)).toEqual([2, 3, 2]);
  });

  it('writes one at a time in the order asked, so two saves at once cannot both skip or clash', async () => {
    const { store: snapshots } = store();
    const results = await Promise.all([1, 2, 2, 3].map((n) => snapshots.save(workDocument(n), 'auto')));
    expect(results.map((r) => r.written)).toEqual([true, true, false, true]);
    expect((await snapshots.list()).snapshots).toHaveLength(3);
    expect(snapshots.busy).toBe(false);
  });

  it('rotates after each write, keeping the latest twenty', async () => {
    const { store: snapshots, tick } = store();
    for (let n = 1; n <= 24; n++) {
      await snapshots.save(workDocument(n), 'auto');
      tick();
    }
    const kept = (await snapshots.list()).snapshots.map((s) => s.counts.highlights);
    expect(kept).toEqual(Array.from({ length: 20 }, (_, i) => 24 - i));
    expect(await readdir(join(dir, 'snapshots'))).toHaveLength(20);
  });

  it('on a full disk says so, keeps the earlier snapshots and leaves no partial file', async () => {
    const { store: healthy } = store();
    const first = await healthy.save(workDocument(1), 'auto');
    const { store: full } = store({ ops: diskFull });
    await expect(full.save(workDocument(5), 'auto')).rejects.toThrow('the disk is full');
    expect(await readdir(join(dir, 'snapshots'))).toEqual([first.snapshot.id]);
    expect(await full.read(first.snapshot.id)).toEqual(workDocument(1));
    await full.whenIdle();
    expect(full.busy).toBe(false);
  });

  it('sweeps temporary files a killed write left behind, and lists only snapshots', async () => {
    const { store: snapshots } = store();
    await snapshots.save(workDocument(1), 'auto');
    const folder = join(dir, 'snapshots');
    await writeFile(join(folder, '.work-x.json.999999.abcd.dossier-tmp'), '{"half');
    await writeFile(join(folder, 'README.txt'), 'not a snapshot');
    const { store: restarted } = store();
    await restarted.save(workDocument(2), 'auto');
    expect((await readdir(folder)).filter((name) => name.endsWith('.dossier-tmp'))).toEqual([]);
    expect((await restarted.list()).snapshots).toHaveLength(2);
  });

  it('reads only its own snapshots, and says when one is damaged', async () => {
    const { store: snapshots } = store();
    const saved = await snapshots.save(workDocument(1), 'auto');
    await expect(snapshots.read('../settings.json')).rejects.toThrow('there is no snapshot called');
    await expect(snapshots.read('README.txt')).rejects.toThrow('there is no snapshot called');
    await writeFile(join(dir, 'snapshots', saved.snapshot.id), '{"type":"AnnotationCollection"');
    await expect(snapshots.read(saved.snapshot.id)).rejects.toThrow('is damaged: it is not JSON');
    await writeFile(join(dir, 'snapshots', saved.snapshot.id), '{"type":"AnnotationCollection","items":[]}');
    await expect(snapshots.read(saved.snapshot.id)).rejects.toThrow('not a Dossier work document');
  });

  it('lists nothing before the first snapshot', async () => {
    expect((await store().store.list()).snapshots).toEqual([]);
  });
});
