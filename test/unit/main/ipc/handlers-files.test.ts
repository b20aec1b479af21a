// files:save and files:open-text through the handler table: the native dialog decides where, and a
// cancelled dialog writes or reads nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBytes, articleText } from '../../../support/temp-library';
import { openRequest, saveRequest, withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('files:save', () => {
  it('returns null and writes nothing when the dialog is cancelled', async () => {
    await expect(h.call('files:save', saveRequest)).resolves.toBeNull();
    expect(h.dialogs.requests).toEqual([
      { title: 'Export brief', defaultName: 'brief.md', filters: saveRequest.filters },
    ]);
    expect(await readdir(h.base)).not.toContain('brief.md');
  });

  it('writes text or bytes where the analyst chose and returns the path', async () => {
    const textPath = join(h.base, 'brief.md');
    const bytesPath = join(h.base, 'brief.bin');
    h.dialogs.savePaths.push(textPath, bytesPath);
    await expect(h.call('files:save', saveRequest)).resolves.toBe(textPath);
    expect(await readFile(textPath, 'utf8')).toBe(saveRequest.content);
    const bytes = articleBytes('bytes');
    await expect(h.call('files:save', { ...saveRequest, content: bytes })).resolves.toBe(bytesPath);
    expect(new Uint8Array(await readFile(bytesPath))).toEqual(bytes);
  });
});

describe('files:open-text', () => {
  it('returns null when the dialog is cancelled', async () => {
    await expect(h.call('files:open-text', openRequest)).resolves.toBeNull();
    expect(h.dialogs.requests).toEqual([openRequest]);
  });

  it('returns the name and text of the chosen file', async () => {
    h.dialogs.openPaths.push(join(h.base, 'secret.txt'));
    await expect(h.call('files:open-text', openRequest)).resolves.toEqual({
      name: 'secret.txt',
      text: articleText('secret'),
    });
  });
});
