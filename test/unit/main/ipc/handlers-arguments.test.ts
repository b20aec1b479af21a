// Every channel of the handler table refuses malformed arguments before it does anything: no dialog, no
// link, no setting, no file.
import { describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../../src-preload/contract';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { MAX_IMPORT_BYTES } from '../../../../src-main/ipc/schemas';
import { articleBytes, articleText } from '../../../support/temp-library';
import { openRequest, saveRequest, withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

describe('argument parsing', () => {
  const file = { name: 'new.txt', bytes: articleBytes('new') };
  const halfPlusOne = new Uint8Array(MAX_IMPORT_BYTES / 2 + 1);
  const cases: [label: string, channel: InvokeChannel, args: unknown[]][] = [
    ['library:get with an argument', 'library:get', [1]],
    ['library:get with undefined', 'library:get', [undefined]],
    ['library:choose-folder with a path', 'library:choose-folder', ['/etc']],
    ['library:entries with one id not in a list', 'library:entries', ['a.txt']],
    ['library:entries with an id holding NUL', 'library:entries', [['a.txt\0.png']]],
    ['library:entries with an empty id', 'library:entries', [['']]],
    ['library:entries with too many ids', 'library:entries', [Array.from({ length: 5001 }, (_, i) => `${i}.txt`)]],
    ['library:find-by-hashes with a number', 'library:find-by-hashes', [[7], 'library-1']],
    ['library:find-by-hashes with an empty hash', 'library:find-by-hashes', [[''], 'library-1']],
    ['library:find-by-hashes without its library', 'library:find-by-hashes', [['abc']]],
    ['library:add-files-dialog with paths', 'library:add-files-dialog', [['/etc/passwd']]],
    ['library:import-files with nothing', 'library:import-files', []],
    ['library:import-files with a string', 'library:import-files', ['new.txt']],
    ['library:import-files with null', 'library:import-files', [null]],
    ['library:import-files with one file not in a list', 'library:import-files', [file]],
    ['library:import-files with an extra argument', 'library:import-files', [[file], 'extra']],
    ['bytes as a number array', 'library:import-files', [[{ name: 'a.txt', bytes: [72, 105] }]]],
    ['bytes as a string', 'library:import-files', [[{ name: 'a.txt', bytes: 'Hi' }]]],
    ['bytes as an ArrayBuffer', 'library:import-files', [[{ name: 'a.txt', bytes: new ArrayBuffer(2) }]]],
    ['bytes as a Uint16Array', 'library:import-files', [[{ name: 'a.txt', bytes: new Uint16Array(2) }]]],
    ['bytes as a DataView', 'library:import-files', [[{ name: 'a.txt', bytes: new DataView(new ArrayBuffer(2)) }]]],
    ['bytes as an array-like object', 'library:import-files', [[{ name: 'a.txt', bytes: { 0: 72, length: 1 } }]]],
    ['a file without bytes', 'library:import-files', [[{ name: 'a.txt' }]]],
    ['a file without a name', 'library:import-files', [[{ bytes: new Uint8Array(2) }]]],
    ['a file with an empty name', 'library:import-files', [[{ name: '', bytes: new Uint8Array(2) }]]],
    ['a file with a numeric name', 'library:import-files', [[{ name: 7, bytes: new Uint8Array(2) }]]],
    [
      'a file with an oversized name',
      'library:import-files',
      [[{ name: `${'n'.repeat(1025)}.txt`, bytes: new Uint8Array(2) }]],
    ],
    ['more than 2000 files', 'library:import-files', [Array.from({ length: 2001 }, () => file)]],
    [
      'one file over the batch limit',
      'library:import-files',
      [[{ name: 'big.txt', bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }]],
    ],
    [
      'files that together pass the batch limit',
      'library:import-files',
      [
        [
          { name: 'one.txt', bytes: halfPlusOne },
          { name: 'two.txt', bytes: halfPlusOne },
        ],
      ],
    ],
    ['articles:read with nothing', 'articles:read', []],
    ['articles:read with a number', 'articles:read', [42]],
    ['articles:read with null', 'articles:read', [null]],
    ['articles:read with a list', 'articles:read', [['a.txt']]],
    ['articles:read with an object', 'articles:read', [{ id: 'a.txt' }]],
    ['articles:read with an extra argument', 'articles:read', ['a.txt', 'b.txt']],
    ['articles:read with an empty id', 'articles:read', ['']],
    ['articles:read with an oversized id', 'articles:read', [`${'a/'.repeat(2048)}a.txt`]],
    ['articles:read with a NUL', 'articles:read', ['a.txt\0']],
    ['shell:open-external with nothing', 'shell:open-external', []],
    ['shell:open-external with a number', 'shell:open-external', [42]],
    ['shell:open-external with a URL object', 'shell:open-external', [new URL('https://example.com/')]],
    ['shell:open-external with an extra argument', 'shell:open-external', ['https://example.com/', 'x']],
    ['shell:open-external with an empty string', 'shell:open-external', ['']],
    ['shell:open-external with an oversized URL', 'shell:open-external', [`https://example.com/${'a'.repeat(8192)}`]],
    ['files:save with nothing', 'files:save', []],
    ['files:save with a string', 'files:save', ['brief.md']],
    ['files:save with an extra argument', 'files:save', [saveRequest, 'extra']],
    ['files:save without content', 'files:save', [{ ...saveRequest, content: undefined }]],
    ['files:save with numeric content', 'files:save', [{ ...saveRequest, content: 42 }]],
    ['files:save with content as a number array', 'files:save', [{ ...saveRequest, content: [72, 105] }]],
    ['files:save with content as an ArrayBuffer', 'files:save', [{ ...saveRequest, content: new ArrayBuffer(2) }]],
    ['files:save with an empty default name', 'files:save', [{ ...saveRequest, defaultName: '' }]],
    ['files:save with filters that are not a list', 'files:save', [{ ...saveRequest, filters: 'md' }]],
    [
      'files:save with a bad filter extension',
      'files:save',
      [{ ...saveRequest, filters: [{ name: 'Briefs', extensions: ['../md'] }] }],
    ],
    ['files:open-text with nothing', 'files:open-text', []],
    ['files:open-text with an extra argument', 'files:open-text', [openRequest, 'extra']],
    ['files:open-text without filters', 'files:open-text', [{ title: 'Open' }]],
    ['files:open-text with a numeric title', 'files:open-text', [{ ...openRequest, title: 5 }]],
    [
      'files:open-text with an empty filter',
      'files:open-text',
      [{ ...openRequest, filters: [{ name: 'JSON', extensions: [] }] }],
    ],
  ];

  it.each(cases)('rejects %s', async (_label, channel, args) => {
    await expect(h.call(channel, ...args)).rejects.toThrow(InvalidArgumentsError);
    await expect(h.call(channel, ...args)).rejects.toThrow(`invalid arguments for ${channel}`);
    expect(h.dialogs.calls).toBe(0);
    expect(h.opened).toEqual([]);
    expect(h.settings.updates).toEqual([]);
    expect(await h.libraryFiles()).toEqual(['a.txt']);
  });

  it('accepts a Buffer, which is a Uint8Array', async () => {
    const report = await h.call('library:import-files', [
      { name: 'buffer.txt', bytes: Buffer.from(articleText('buffer')) },
    ]);
    expect(report).toMatchObject({ added: [{ name: 'buffer.txt', id: 'buffer.txt' }] });
  });
});
