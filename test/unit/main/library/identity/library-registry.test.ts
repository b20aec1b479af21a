// The registry of known libraries on disk: it survives a restart, a damaged file is moved aside (never
// a reason not to open a library), and a folder belongs to one library at a time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryRegistry, type KnownLibrary } from '../../../../../src-main/library/identity/library-registry';
import { TempDirs } from '../../../../support/temp-library';

const temp = new TempDirs();
let dir = '';
temp.eachTest('registry', (made) => (dir = made));

const library = (id: string, root: string, over: Partial<KnownLibrary> = {}): KnownLibrary => ({
  id,
  root,
  formerIds: [],
  contents: 2,
  sample: ['aa', 'bb'],
  unconfirmed: false,
  seenAt: 1_700_000_000_000,
  ...over,
});

describe('LibraryRegistry', () => {
  it('is read back by a new registry over the same file, and leaves no temporary file', async () => {
    const file = join(dir, 'libraries.json');
    await new LibraryRegistry(file).put(library('lib-a', '/data/a', { formerIds: ['lib-old'] }));
    const again = new LibraryRegistry(file);
    expect(await again.byRoot('/data/a')).toEqual(library('lib-a', '/data/a', { formerIds: ['lib-old'] }));
    expect(await readdir(dir)).toEqual(['libraries.json']);
  });

  it('gives a folder to one library: the one put last takes it', async () => {
    const registry = new LibraryRegistry(null);
    await registry.put(library('lib-a', '/data/a'));
    await registry.put(library('lib-b', '/data/a'));
    expect((await registry.all()).map((l) => l.id)).toEqual(['lib-b']);
    await registry.remove('lib-b');
    expect(await registry.all()).toEqual([]);
  });

  it('moves a damaged file aside, says so, and starts empty', async () => {
    const file = join(dir, 'libraries.json');
    await writeFile(file, '{"version":1,"libraries":[{"id":');
    const logged: string[] = [];
    const registry = new LibraryRegistry(file, (message) => logged.push(message));
    expect(await registry.all()).toEqual([]);
    const names = await readdir(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^libraries\.json\.damaged-\d+$/);
    expect(await readFile(join(dir, names[0] ?? ''), 'utf8')).toBe('{"version":1,"libraries":[{"id":');
    expect(logged[0]).toMatch(/library registry damaged; moved aside/);
  });

  it('logs a write that fails, and keeps what it knows for the session', async () => {
    const logged: string[] = [];
    // A folder where the file should be: the write fails, as on a read-only or full disk.
    const file = join(dir, 'taken');
    await writeFile(join(dir, 'taken'), 'not a folder');
    const registry = new LibraryRegistry(join(file, 'libraries.json'), (message) => logged.push(message));
    await registry.put(library('lib-a', '/data/a'));
    expect(logged).toEqual([
      expect.stringMatching(/^library registry unreadable: .*ENOTDIR/),
      expect.stringMatching(/^library registry not saved/),
    ]);
    expect((await registry.byRoot('/data/a'))?.id).toBe('lib-a');
  });
});
