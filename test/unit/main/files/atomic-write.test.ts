import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NODE_FILE_OPS,
  removeStaleTemps,
  WriteFailedError,
  writeFileAtomic,
  type AtomicFileOps,
} from '../../../../src-main/files/atomic-write';
import { killMidWrite } from '../../../support/kill-mid-write';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function failing(code: string, at: 'write' | 'rename'): AtomicFileOps {
  const error = () => Object.assign(new Error(`${code}: injected`), { code });
  return {
    ...NODE_FILE_OPS,
    open: (async (path, flags, mode) => {
      const handle = await NODE_FILE_OPS.open(path, flags, mode);
      if (at !== 'write' || flags !== 'wx') return handle;
      return new Proxy(handle, {
        get: (real, key) =>
          key === 'writeFile'
            ? async (data: string) => {
                await real.write(data.slice(0, 10)); // a part reaches the disk, then the disk is full
                throw error();
              }
            : (Reflect.get(real, key, real) as unknown),
      });
    }) as AtomicFileOps['open'],
    rename: async (from, to) => {
      if (at === 'rename') throw error();
      return NODE_FILE_OPS.rename(from, to);
    },
  };
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const file = join(dir, 'brief.md');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['brief.md']);
  });

  it('keeps the old file and removes the partial one when the disk is full', async () => {
    const file = join(dir, 'brief.md');
    await writeFile(file, 'old');
    const write = writeFileAtomic(file, 'new content that does not fit', { ops: failing('ENOSPC', 'write') });
    await expect(write).rejects.toThrow(WriteFailedError);
    await expect(write).rejects.toThrow('Could not save brief.md: the disk is full');
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['brief.md']);
  });

  it('says so when the rename is refused, and keeps the old file', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, '{}');
    const write = writeFileAtomic(file, '{"a":1}', { ops: failing('EACCES', 'rename') });
    await expect(write).rejects.toMatchObject({ code: 'EACCES', path: file });
    expect(await readFile(file, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('reports a folder that is gone', async () => {
    const write = writeFileAtomic(join(dir, 'gone', 'x.json'), '1');
    await expect(write).rejects.toThrow('the folder is gone');
  });

  it('refuses to replace an existing file when exclusive, and keeps both intact', async () => {
    const file = join(dir, 'article.txt');
    await writeFile(file, 'theirs');
    await expect(writeFileAtomic(file, 'mine', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('theirs');
    expect(await readdir(dir)).toEqual(['article.txt']);
    await writeFileAtomic(join(dir, 'other.txt'), 'mine', { exclusive: true });
    expect(await readFile(join(dir, 'other.txt'), 'utf8')).toBe('mine');
  });

  it('keeps the old file when the writing process is killed mid-write; the leftover is swept', async () => {
    const file = join(dir, 'snapshot.json');
    await writeFile(file, 'old');
    await killMidWrite(file);
    expect(await readFile(file, 'utf8')).toBe('old');
    const leftovers = (await readdir(dir)).filter((name) => name !== 'snapshot.json');
    expect(leftovers).toHaveLength(1); // the half-written temporary file
    expect(await removeStaleTemps(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['snapshot.json']);
    expect(existsSync(file)).toBe(true);
  });

  it('sweeps only temporary files whose writer is gone: a running process may still be writing', async () => {
    const live = join(dir, `.brief.md.${process.ppid}.0badc0de.dossier-tmp`);
    const dead = join(dir, '.brief.md.99999999.0badc0de.dossier-tmp');
    await writeFile(live, 'being written');
    await writeFile(dead, 'left by a crash');
    expect(await removeStaleTemps(dir)).toBe(1);
    expect(await readdir(dir)).toEqual([live.slice(dir.length + 1)]);
  });

  it('stays exclusive where the file system has no hard links (a FAT drive), and never leaves a part', async () => {
    const noLinks: AtomicFileOps = {
      ...NODE_FILE_OPS,
      link: async () => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
      },
    };
    const taken = join(dir, 'taken.txt');
    await writeFile(taken, 'theirs');
    await expect(writeFileAtomic(taken, 'mine', { exclusive: true, ops: noLinks })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(taken, 'utf8')).toBe('theirs');
    await writeFileAtomic(join(dir, 'free.txt'), 'mine', { exclusive: true, ops: noLinks });
    expect(await readFile(join(dir, 'free.txt'), 'utf8')).toBe('mine');
    expect((await readdir(dir)).toSorted()).toEqual(['free.txt', 'taken.txt']);
  });
});
