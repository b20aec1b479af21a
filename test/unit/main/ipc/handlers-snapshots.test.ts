// snapshots:save, snapshots:list and snapshots:read through the handler table: what arrives is checked
// before anything is written, and only the store's own files can be read back.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { workDocument } from '../snapshots/work-documents';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('snapshots channels', () => {
  it('save a document, list it with its counts, and read it back', async () => {
    const saved = (await h.call('snapshots:save', { reason: 'auto', document: workDocument(2, 1, 1) })) as {
      snapshot: { id: string };
    };
    const list = (await h.call('snapshots:list')) as { folder: string; snapshots: unknown[] };
    expect(list.folder).toBe(join(h.base, 'snapshots'));
    expect(list.snapshots).toEqual([saved.snapshot]);
    expect(list.snapshots[0]).toMatchObject({ counts: { highlights: 2, notes: 1, briefs: 1 } });
    await expect(h.call('snapshots:read', saved.snapshot.id)).resolves.toEqual(workDocument(2, 1, 1));
  });

  it.each([
    ['no request', []],
    ['an unknown reason', [{ reason: 'cron', document: workDocument(1) }]],
    ['a document of another format', [{ reason: 'auto', document: { ...workDocument(1), 'dossier:format': 'x' } }]],
    ['a document without a version', [{ reason: 'auto', document: { ...workDocument(1), 'dossier:version': 0 } }]],
    ['items that are not a list', [{ reason: 'auto', document: { ...workDocument(1), items: {} } }]],
    ['a plain annotations export', [{ reason: 'auto', document: { type: 'AnnotationCollection', items: [] } }]],
  ])('refuses to save %s, and writes nothing', async (_what, args) => {
    await expect(h.call('snapshots:save', ...args)).rejects.toThrow(InvalidArgumentsError);
    await expect(readdir(join(h.base, 'snapshots'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    ['a path outside the folder', ['../secret.txt']],
    ['a name that is not a snapshot', ['secret.txt']],
  ])('refuses to read %s', async (_what, args) => {
    await expect(h.call('snapshots:read', ...args)).rejects.toThrow('there is no snapshot called');
  });

  it.each([
    ['no id', []],
    ['a number', [7]],
    ['an over-long id', ['x'.repeat(201)]],
  ])('refuses to read with %s', async (_what, args) => {
    await expect(h.call('snapshots:read', ...args)).rejects.toThrow(InvalidArgumentsError);
  });
});
