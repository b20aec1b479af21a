// Reading a file that must be a regular file under a limit: what was opened is what is checked and read,
// in both the async and the blocking variant.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularFileBlocking } from '../../../../src-main/files/read-regular-file';
import { TempDirs } from '../../../support/temp-library';

const temp = new TempDirs();
let dir = '';
temp.eachTest('read-regular', (made) => (dir = made));

let fifo: string | null = null;
afterEach(() => {
  // A reader stuck on the FIFO after all is let go, so the test fails instead of hanging.
  if (fifo === null) return;
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody waits on it.
  }
  fifo = null;
});

// The blocking variant is tried on a FIFO in the read worker (library-service-strange.test.ts): here, a
// regression would block the test thread itself, where no timeout can end it.
it('refuses a FIFO at once, as not regular', async () => {
  fifo = join(dir, 'x.txt');
  execFileSync('mkfifo', [fifo]);
  expect(await readRegularFile(fifo, 2000)).toMatchObject({ ok: false, refusal: 'not-regular' });
});

describe.each([
  ['readRegularFile', readRegularFile],
  ['readRegularFileBlocking', readRegularFileBlocking],
])('%s', (_name, read) => {
  it('reads a regular file whole, with its fstat', async () => {
    const path = join(dir, 'a.txt');
    const text = 'Заголовок\n20240101\n'.repeat(10_000);
    await writeFile(path, text);
    const result = await read(path, 1024 * 1024);
    expect(result.ok && result.bytes.toString('utf8')).toBe(text);
    expect(result.info.size).toBe(Buffer.byteLength(text));
  });

  it('refuses a file over the limit by its size, and a folder as not regular', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(2001));
    await mkdir(join(dir, 'folder.txt'));
    expect(await read(join(dir, 'big.txt'), 2000)).toMatchObject({ ok: false, refusal: 'too-large' });
    expect(await read(join(dir, 'folder.txt'), 2000)).toMatchObject({ ok: false, refusal: 'not-regular' });
  });

  it('fails as open does for a file that is not there', async () => {
    await expect(read(join(dir, 'gone.txt'), 2000)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
