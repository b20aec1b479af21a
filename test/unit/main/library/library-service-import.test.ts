// LibraryService's imports: dropped files catalogued at once, and paths picked in a dialog, with a reason
// for each one refused.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Catalog } from '../../../../src-main/catalog/catalog';
import type { LibraryService } from '../../../../src-main/library/library-service';
import { LibraryLog } from '../../../support/library-log';
import { articleBytes, articleText, put, SEED_TEXT, SEED_TITLE } from '../../../support/temp-library';
import { ids, opened, withLibraryService, type ServiceHarness } from './library-service-harness';

let h: ServiceHarness;
withLibraryService((made) => (h = made));

describe('imports', () => {
  let service: LibraryService;
  let log: LibraryLog;

  beforeEach(async () => {
    await put(h.root, 'a.txt', SEED_TEXT);
    service = h.createService(join(h.dataDir, 'catalog.sqlite'), 4096);
    log = new LibraryLog(service);
    await opened(service, h.root);
  });

  it('catalogues imported files at once and reports them', async () => {
    const report = await service.importFiles([
      { name: 'dropped.txt', bytes: articleBytes('dropped') },
      { name: 'again.txt', bytes: articleBytes('') },
    ]);
    expect(report.added).toEqual([{ name: 'dropped.txt', id: 'dropped.txt' }]);
    expect(report.duplicates).toEqual([{ name: 'again.txt', existingId: 'a.txt' }]);
    expect(ids(service)).toEqual(['a.txt', 'dropped.txt']);
    await log.waitFor('dropped.txt upserted', () => log.upserts('dropped.txt').length > 0);

    const reopened = new Catalog(join(h.dataDir, 'catalog.sqlite'));
    try {
      expect(reopened.get(h.root, 'dropped.txt')).toMatchObject({ ok: true, title: `${SEED_TITLE} [dropped]` });
    } finally {
      reopened.close();
    }
  });

  it('imports paths picked in a dialog, and refuses what it cannot take with a reason each', async () => {
    const elsewhere = await h.temp.make('elsewhere');
    const good = await put(elsewhere, 'picked.txt', articleText('picked'));
    const big = await put(elsewhere, 'big.txt', `${articleText('big')}${'x'.repeat(5000)}`);
    const folder = join(elsewhere, 'folder.txt');
    await mkdir(folder);
    const missing = join(elsewhere, 'missing.txt');

    const report = await service.importPaths([good, big, folder, missing]);

    expect(report.added).toEqual([{ name: 'picked.txt', id: 'picked.txt' }]);
    expect(report.refused.map((r) => r.name).toSorted()).toEqual(['big.txt', 'folder.txt', 'missing.txt']);
    expect(report.refused.find((r) => r.name === 'big.txt')?.reason).toMatch(/^file too large/);
    expect(ids(service)).toEqual(['a.txt', 'picked.txt']);
  });

  it('imports many picked paths a bounded batch at a time, never all of them in one go', async () => {
    const elsewhere = await h.temp.make('many');
    const paths = await Promise.all(
      Array.from({ length: 60 }, (_, i) => put(elsewhere, `p${i}.txt`, articleText(`p${i}`))),
    );
    const batches = vi.spyOn(service, 'importFiles');
    const report = await service.importPaths(paths);
    expect(batches.mock.calls.map(([files]) => files.length)).toEqual([50, 10]);
    expect(report.added).toHaveLength(60);
    expect(ids(service)).toHaveLength(61);
  });
});
