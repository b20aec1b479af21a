// The library channels of the handler table: the summary, entries by id and by content, choosing another
// folder, and adding files from a dialog or a drop.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBytes, articleText, put, SEED_TEXT, SEED_TITLE } from '../../../support/temp-library';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('library:get', () => {
  it('returns the open library as a summary, without its entries', async () => {
    await put(h.root, 'sub/broken.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await h.library.open(h.root);
    await h.library.whenIdle();
    const summary = await h.call('library:get');
    expect(summary).toEqual({
      root: h.root,
      libraryId: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown as string,
      formerIds: [],
      otherLibraryIds: [],
      scanning: false,
      version: expect.any(Number) as unknown as number,
      articles: 1,
      brokenTotal: 1,
      broken: [expect.objectContaining({ id: 'sub/broken.txt', ok: false })],
      domains: ['russiaherald.com'],
      folders: ['sub'],
      // One article, in whatever language it is told to be.
      languages: [expect.objectContaining({ articles: 1 })],
    });
  });
});

describe('library:entries', () => {
  it('gives the entries of the files asked for, in order, and null for a file not listed', async () => {
    const entries = await h.call('library:entries', ['missing.txt', 'a.txt']);
    expect(entries).toEqual([null, expect.objectContaining({ id: 'a.txt', ok: true, title: SEED_TITLE })]);
  });
});

describe('library:find-by-hashes', () => {
  it('names a file holding each content, or null', async () => {
    const [entry] = h.library.entriesOf(['a.txt']);
    const { libraryId } = await h.library.summary();
    const ids = await h.call('library:find-by-hashes', ['0'.repeat(64), entry?.hash ?? ''], libraryId);
    expect(ids).toEqual([null, 'a.txt']);
  });

  it("names none for a library that is not open: its files are not that library's", async () => {
    const [entry] = h.library.entriesOf(['a.txt']);
    expect(await h.call('library:find-by-hashes', [entry?.hash ?? ''], 'another-library')).toEqual([null]);
  });
});

describe('library:choose-folder', () => {
  it('returns null and changes nothing when the dialog is cancelled', async () => {
    h.dialogs.folders.push(null);
    await expect(h.call('library:choose-folder')).resolves.toBeNull();
    expect(h.dialogs.calls).toBe(1);
    expect(h.settings.updates).toEqual([]);
    expect(h.library.currentRoot).toBe(h.root);
  });

  it('opens the chosen folder and remembers it', async () => {
    const other = join(h.base, 'other');
    await put(other, 'sub/b.txt', articleText('b'));
    h.dialogs.folders.push(other);
    const summary = await h.call('library:choose-folder');
    // A folder new to the catalog is read in the background: the summary comes first, the files after.
    expect(summary).toMatchObject({ root: other, scanning: true });
    await h.library.whenIdle();
    expect(await h.call('library:get')).toMatchObject({ root: other, articles: 1, folders: ['sub'] });
    expect(h.library.listed().map((entry) => entry.id)).toEqual(['sub/b.txt']);
    expect(h.library.currentRoot).toBe(other);
    expect(h.settings.current).toEqual({ libraryRoot: other });
  });

  it('does not remember a folder that could not be opened', async () => {
    h.dialogs.folders.push(join(h.base, 'vanished'));
    await expect(h.call('library:choose-folder')).rejects.toThrow(/ENOENT/);
    expect(h.settings.updates).toEqual([]);
    expect(h.library.currentRoot).toBe(h.root);
  });
});

describe('library:add-files-dialog', () => {
  it('returns null when nothing is picked', async () => {
    h.dialogs.files.push([]);
    await expect(h.call('library:add-files-dialog')).resolves.toBeNull();
    expect(await h.libraryFiles()).toEqual(['a.txt']);
  });

  it('imports the picked files into the library', async () => {
    const downloads = join(h.base, 'downloads');
    await mkdir(downloads);
    const picked = await put(downloads, 'picked.txt', articleText('picked'));
    const copy = await put(downloads, 'copy-of-a.txt', SEED_TEXT);
    const image = await put(downloads, 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    h.dialogs.files.push([picked, copy, image]);

    const report = await h.call('library:add-files-dialog');

    expect(report).toEqual({
      added: [{ name: 'picked.txt', id: 'picked.txt' }],
      duplicates: [{ name: 'copy-of-a.txt', existingId: 'a.txt' }],
      refused: [{ name: 'image.png', reason: expect.stringMatching(/^not an article file/) as unknown as string }],
    });
    expect(await h.libraryFiles()).toEqual(['a.txt', 'picked.txt']);
    expect(
      h.library
        .listed()
        .map((entry) => entry.id)
        .toSorted(),
    ).toEqual(['a.txt', 'picked.txt']);
  });
});

describe('library:import-files', () => {
  it('imports dropped files and gives the report', async () => {
    const report = await h.call('library:import-files', [
      { name: '../../dropped.txt', bytes: articleBytes('dropped') },
      { name: 'notes.json', bytes: new TextEncoder().encode('{}') },
    ]);
    expect(report).toMatchObject({
      added: [{ name: '../../dropped.txt', id: 'dropped.txt' }],
      refused: [{ name: 'notes.json' }],
    });
    expect(await h.libraryFiles()).toEqual(['a.txt', 'dropped.txt']);
    expect(await readdir(h.base)).not.toContain('dropped.txt');
  });
});
