// "Open original" through the handler table: the file of an article the open library lists goes to the
// system's viewer; an id the library does not list, or one that would leave the library folder, never does.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { articleText } from '../../../support/temp-library';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('files:open-original', () => {
  it("opens a listed article's own file in the system's viewer", async () => {
    expect(await h.table['files:open-original']('a.txt')).toBeNull();
    expect(h.shellCalls).toEqual([['open', join(h.root, 'a.txt')]]);
  });

  it('refuses what the library does not list: outside the folder, hidden, not yet read, made up', async () => {
    await writeFile(join(h.root, '.hidden.txt'), articleText('hidden'));
    await mkdir(join(h.root, 'sub'));
    for (const id of ['../secret.txt', '/etc/passwd', '.hidden.txt', 'sub', 'missing.txt', 'a.txt/..', 'a.txt#x']) {
      await expect(h.table['files:open-original'](id)).rejects.toThrow("opens only the library's own article files");
    }
    await expect(h.table['files:open-original'](42)).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(h.table['files:open-original']('a.txt', 'b.txt')).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(h.shellCalls).toEqual([]);
  });

  it('says why when the system cannot open it', async () => {
    h.failOpen('No application is registered for this file');
    await expect(h.table['files:open-original']('a.txt')).rejects.toThrow(
      'The original could not be opened: No application is registered for this file',
    );
  });
});
