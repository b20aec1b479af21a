// A library whose folder is not there (an unmounted drive): the service keeps it as the library, lists
// nothing and says why, and retry() opens it once it is back; a folder that stops being seen while open
// carries its problem in the summary until it opens again.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryProblem, LibrarySummary } from '../../../../src-preload/contract';
import { WatchStopped } from '../../../../src-main/library/watcher';
import { articleBytes, articleText, put } from '../../../support/temp-library';
import { ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

let h: ServiceHarness;
withLibraryService((made) => (h = made));

const QUERY = { text: '', filters: {}, sort: 'date', offset: 0, limit: 50 } as const;

describe('a library folder that is not there', () => {
  it('stays the library, lists nothing and says what to do', async () => {
    const service = h.createService();
    const gone = join(h.root, 'on-a-drive-not-connected');
    const heard: string[] = [];
    service.onReset((summary) => heard.push(`reset ${summary.root}`));
    service.onProblem((problem) => heard.push(`problem ${problem.root}`));

    const enoent = Object.assign(new Error(`ENOENT: no such file or directory, stat '${gone}'`), { code: 'ENOENT' });
    const summary = await service.openUnavailable(gone, enoent);

    const problem: LibraryProblem = {
      root: gone,
      message:
        `The library folder ${gone} is not there. If it is on a drive or share that is not connected, ` +
        'connect it and press Retry, or choose another folder.',
    };
    expect(summary).toEqual({
      root: gone,
      // A folder this installation has never opened has no library id: no work is filed under it yet.
      formerIds: [],
      otherLibraryIds: [],
      scanning: false,
      version: summary.version,
      articles: 0,
      broken: [],
      brokenTotal: 0,
      domains: [],
      folders: [],
      problem,
    } satisfies LibrarySummary);
    expect(heard).toEqual([`reset ${gone}`, `problem ${gone}`]);
    expect(await service.summary()).toEqual(summary);
    expect(service.currentRoot).toBe(gone);
    expect(await service.search({ ...QUERY, text: 'anything' })).toMatchObject({ total: 0, hits: [] });
    expect(service.entriesOf(['a.txt'])).toEqual([null]);
    expect(await service.findByHashes(['0'.repeat(64)], 'any')).toEqual([null]);
    await expect(service.readArticle('a.txt')).rejects.toThrow(problem.message);
    await expect(service.importFiles([{ name: 'b.txt', bytes: articleBytes('b') }])).rejects.toThrow(problem.message);
  });

  it('is opened by retry() once it is back, and not before', async () => {
    const service = h.createService();
    const gone = join(h.root, 'library');
    await service.openUnavailable(gone, Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));

    await expect(service.retry()).rejects.toThrow(`The library folder ${gone} is not there.`);
    expect((await service.summary()).problem?.root).toBe(gone);

    await put(gone, 'back.txt', articleText('back'));
    const summary = await service.retry();
    await service.whenIdle();
    expect(summary.root).toBe(gone);
    expect(summary.problem).toBeUndefined();
    expect(ids(service)).toEqual(['back.txt']);
    expect(await service.summary()).toMatchObject({ root: gone, articles: 1, scanning: false });
    expect((await service.search(QUERY)).hits.map((hit) => hit.id)).toEqual(['back.txt']);
  });

  it('keeps the analyst’s annotations for the folder while it is away', async () => {
    const service = h.createService();
    const gone = join(h.root, 'library');
    await put(gone, 'other.txt', articleText('other'));
    const { libraryId } = await opened(service, gone);
    await rm(gone, { recursive: true });
    const away = await service.openUnavailable(gone, Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    // The registry knows the path: the library keeps its id while its folder is away.
    expect(away.libraryId).toBe(libraryId);
    const docs = [
      { id: 'n1', articleId: 'back.txt', kind: 'article', text: 'zeppelin hangar', tags: [], colour: null },
    ] as const;
    expect(await service.setAnnotations('another library', docs)).toEqual({ applied: false, refused: [] });
    expect(await service.setAnnotations(libraryId ?? '', docs)).toEqual({ applied: true, refused: [] });
    await put(gone, 'back.txt', articleText('back'));
    await service.retry();
    await service.whenIdle();
    expect((await service.search({ ...QUERY, text: 'zeppelin' })).hits.map((hit) => hit.id)).toEqual(['back.txt']);
  });

  it('names a file where the folder should be, and an unreadable one, for what they are', async () => {
    const service = h.createService();
    const file = await put(h.root, 'library', 'a file, not a folder');
    await expect(service.open(file)).rejects.toThrow('is not a folder');
    const notFolder = await service.openUnavailable(file, Object.assign(new Error('x'), { code: 'ENOTDIR' }));
    expect(notFolder.problem?.message).toBe(`The library folder ${file} is not a folder, or choose another folder.`);
    const denied = await service.openUnavailable(file, Object.assign(new Error('x'), { code: 'EACCES' }));
    expect(denied.problem?.message).toContain('cannot be read (permission denied)');
  });
});

describe('a library folder that stops being seen while open', () => {
  it('carries its problem in the summary until it opens again', async () => {
    const service = h.createService();
    await put(h.root, 'a.txt', articleText('a'));
    await opened(service, h.root);
    const [watcher] = h.fakes.open();
    watcher?.error(new WatchStopped('The library folder was deleted or moved.'));
    expect((await service.summary()).problem).toEqual({
      root: h.root,
      message: 'The library folder was deleted or moved.',
    });

    await rm(join(h.root, 'a.txt'));
    await mkdir(join(h.root, 'sub'));
    await put(h.root, 'sub/b.txt', articleText('b'));
    const summary = await service.retry();
    await service.whenIdle();
    expect(summary.problem).toBeUndefined();
    expect((await service.summary()).problem).toBeUndefined();
    expect(ids(service)).toEqual(['sub/b.txt']);
  });
});
