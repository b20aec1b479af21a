// The channels the startup items added: the page takes main's waiting notices, and asks the library to
// open its folder again once it is back.
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { articleText, put, SEED_TEXT } from '../../../support/temp-library';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('app:take-notices', () => {
  it('hands out the waiting notices once', async () => {
    h.notices.post({ kind: 'warning', title: 'The catalog was rebuilt.', lines: [] });
    await expect(h.call('app:take-notices')).resolves.toEqual([
      { id: 1, kind: 'warning', title: 'The catalog was rebuilt.', lines: [] },
    ]);
    await expect(h.call('app:take-notices')).resolves.toEqual([]);
  });

  it('refuses arguments', async () => {
    await expect(h.call('app:take-notices', 'all')).rejects.toThrow('invalid arguments for app:take-notices');
  });
});

describe('library:retry', () => {
  it('says the folder is still not there, and opens it once it is back', async () => {
    await rm(h.root, { recursive: true });
    await h.library.openUnavailable(h.root, Object.assign(new Error('gone'), { code: 'ENOENT' }));
    await expect(h.call('library:retry')).rejects.toThrow(`The library folder ${h.root} is not there.`);

    await put(h.root, 'a.txt', SEED_TEXT);
    await put(h.root, 'b.txt', articleText('b'));
    await expect(h.call('library:retry')).resolves.toMatchObject({ root: h.root });
    await h.library.whenIdle();
    expect(await h.call('library:get')).toMatchObject({ root: h.root, articles: 2 });
    expect(h.settings.updates).toEqual([]);
  });
});
