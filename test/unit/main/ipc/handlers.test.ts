// The handler table over a real LibraryService on a temp folder: argument parsing, containment, links, dialogs.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../../src-preload/contract';
import {
  createHandlerTable,
  InvalidArgumentsError,
  type Dialogs,
  type HandlerTable,
} from '../../../../src-main/ipc/handlers';
import { MAX_IMPORT_BYTES } from '../../../../src-main/ipc/schemas';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { LibraryService } from '../../../../src-main/library/library-service';
import { OutsideLibraryError } from '../../../../src-main/library/paths';
import type { Settings } from '../../../../src-main/settings/settings';
import {
  articleBytes,
  articleText,
  put,
  SEED_PARAGRAPHS,
  SEED_TEXT,
  SEED_TITLE,
  TempDirs,
} from '../library/temp-library';
import { FakeWatch } from '../../../support/fake-watcher';

type SaveRequest = Parameters<Dialogs['chooseSavePath']>[0];
type OpenRequest = Parameters<Dialogs['chooseOpenFile']>[0];

/** Native dialogs answered by the test: each call takes the next scripted answer and is counted. */
class FakeDialogs implements Dialogs {
  readonly folders: (string | null)[] = [];
  readonly files: string[][] = [];
  readonly savePaths: (string | null)[] = [];
  readonly openPaths: (string | null)[] = [];
  readonly requests: (SaveRequest | OpenRequest)[] = [];
  calls = 0;

  chooseLibraryFolder(): Promise<string | null> {
    this.calls++;
    return Promise.resolve(this.folders.shift() ?? null);
  }

  chooseArticleFiles(): Promise<string[]> {
    this.calls++;
    return Promise.resolve(this.files.shift() ?? []);
  }

  chooseSavePath(request: SaveRequest): Promise<string | null> {
    this.calls++;
    this.requests.push(request);
    return Promise.resolve(this.savePaths.shift() ?? null);
  }

  chooseOpenFile(request: OpenRequest): Promise<string | null> {
    this.calls++;
    this.requests.push(request);
    return Promise.resolve(this.openPaths.shift() ?? null);
  }
}

/** Settings kept in memory, with every update recorded. */
class FakeSettings {
  current: Settings = {};
  readonly updates: Partial<Settings>[] = [];

  update(patch: Partial<Settings>): Promise<Settings> {
    this.updates.push(patch);
    this.current = { ...this.current, ...patch };
    return Promise.resolve(this.current);
  }
}

const temp = new TempDirs();
let base: string;
let root: string;
let printed: string[];
let library: LibraryService;
let dialogs: FakeDialogs;
let settings: FakeSettings;
let opened: string[];
let table: HandlerTable;

const call = (channel: InvokeChannel, ...args: unknown[]): Promise<unknown> => table[channel](...args);

async function libraryFiles(): Promise<string[]> {
  return (await readdir(root, { recursive: true })).map((name) => name.split('\\').join('/')).toSorted();
}

beforeEach(async () => {
  base = await temp.make('ipc');
  root = join(base, 'library');
  await put(root, 'a.txt', SEED_TEXT);
  await writeFile(join(base, 'secret.txt'), articleText('secret'));
  library = new LibraryService({
    store: new LocalCatalogStore(join(base, 'catalog.sqlite')),
    watch: new FakeWatch().watch,
  });
  await library.open(root);
  await library.whenIdle();
  dialogs = new FakeDialogs();
  settings = new FakeSettings();
  opened = [];
  printed = [];
  table = createHandlerTable({
    library,
    settings,
    dialogs,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    printPdf: (html) => {
      printed.push(html);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 printed'));
    },
  });
});

afterEach(async () => {
  await library.close();
  await temp.cleanup();
});

const saveRequest = {
  title: 'Export brief',
  defaultName: 'brief.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
  content: `# ${SEED_TITLE}\n`,
};
const openRequest = { title: 'Import annotations', filters: [{ name: 'JSON', extensions: ['json'] }] };

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
    ['library:find-by-hashes with a number', 'library:find-by-hashes', [[7]]],
    ['library:find-by-hashes with an empty hash', 'library:find-by-hashes', [['']]],
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
    await expect(call(channel, ...args)).rejects.toThrow(InvalidArgumentsError);
    await expect(call(channel, ...args)).rejects.toThrow(`invalid arguments for ${channel}`);
    expect(dialogs.calls).toBe(0);
    expect(opened).toEqual([]);
    expect(settings.updates).toEqual([]);
    expect(await libraryFiles()).toEqual(['a.txt']);
  });

  it('accepts a Buffer, which is a Uint8Array', async () => {
    const report = await call('library:import-files', [
      { name: 'buffer.txt', bytes: Buffer.from(articleText('buffer')) },
    ]);
    expect(report).toMatchObject({ added: [{ name: 'buffer.txt', id: 'buffer.txt' }] });
  });
});

describe('library:get', () => {
  it('returns the open library as a summary, without its entries', async () => {
    await put(root, 'sub/broken.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await library.open(root);
    await library.whenIdle();
    const summary = await call('library:get');
    expect(summary).toEqual({
      root,
      scanning: false,
      version: expect.any(Number) as unknown as number,
      articles: 1,
      brokenTotal: 1,
      broken: [expect.objectContaining({ id: 'sub/broken.txt', ok: false })],
      domains: ['russiaherald.com'],
      folders: ['sub'],
    });
  });
});

describe('library:entries', () => {
  it('gives the entries of the files asked for, in order, and null for a file not listed', async () => {
    const entries = await call('library:entries', ['missing.txt', 'a.txt']);
    expect(entries).toEqual([null, expect.objectContaining({ id: 'a.txt', ok: true, title: SEED_TITLE })]);
  });
});

describe('library:find-by-hashes', () => {
  it('names a file holding each content, or null', async () => {
    const [entry] = library.entriesOf(['a.txt']);
    const ids = await call('library:find-by-hashes', ['0'.repeat(64), entry?.hash ?? '']);
    expect(ids).toEqual([null, 'a.txt']);
  });
});

describe('articles:read', () => {
  it('reads an article inside the library', async () => {
    const article = await call('articles:read', 'a.txt');
    expect(article).toMatchObject({ id: 'a.txt', title: SEED_TITLE, paragraphs: SEED_PARAGRAPHS });
  });

  it.each(['../secret.txt', 'sub/../../secret.txt', `${'../'.repeat(12)}etc/passwd`, join('..', 'secret.txt')])(
    'rejects %j, which leads out of the library',
    async (id) => {
      await expect(call('articles:read', id)).rejects.toThrow(OutsideLibraryError);
    },
  );

  it('rejects the absolute path of a file outside the library', async () => {
    await expect(call('articles:read', join(base, 'secret.txt'))).rejects.toThrow(OutsideLibraryError);
  });
});

describe('shell:open-external', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@host.example/',
    'https://bank.example@evil.example/',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'chrome://settings',
    'ftp://example.com/file.txt',
    'https://',
    'not a url',
  ])('refuses %j without opening anything', async (url) => {
    await expect(call('shell:open-external', url)).resolves.toBe(false);
    expect(opened).toEqual([]);
  });

  it.each(['https://www.russiaherald.com/news/272310129/blinken', 'http://example.com/a?b=c#d'])(
    'opens %j and says so',
    async (url) => {
      await expect(call('shell:open-external', url)).resolves.toBe(true);
      expect(opened).toEqual([url]);
    },
  );
});

describe('library:choose-folder', () => {
  it('returns null and changes nothing when the dialog is cancelled', async () => {
    dialogs.folders.push(null);
    await expect(call('library:choose-folder')).resolves.toBeNull();
    expect(dialogs.calls).toBe(1);
    expect(settings.updates).toEqual([]);
    expect(library.currentRoot).toBe(root);
  });

  it('opens the chosen folder and remembers it', async () => {
    const other = join(base, 'other');
    await put(other, 'sub/b.txt', articleText('b'));
    dialogs.folders.push(other);
    const summary = await call('library:choose-folder');
    // A folder new to the catalog is read in the background: the summary comes first, the files after.
    expect(summary).toMatchObject({ root: other, scanning: true });
    await library.whenIdle();
    expect(await call('library:get')).toMatchObject({ root: other, articles: 1, folders: ['sub'] });
    expect(library.listed().map((entry) => entry.id)).toEqual(['sub/b.txt']);
    expect(library.currentRoot).toBe(other);
    expect(settings.current).toEqual({ libraryRoot: other });
  });

  it('does not remember a folder that could not be opened', async () => {
    dialogs.folders.push(join(base, 'vanished'));
    await expect(call('library:choose-folder')).rejects.toThrow(/ENOENT/);
    expect(settings.updates).toEqual([]);
    expect(library.currentRoot).toBe(root);
  });
});

describe('library:add-files-dialog', () => {
  it('returns null when nothing is picked', async () => {
    dialogs.files.push([]);
    await expect(call('library:add-files-dialog')).resolves.toBeNull();
    expect(await libraryFiles()).toEqual(['a.txt']);
  });

  it('imports the picked files into the library', async () => {
    const downloads = join(base, 'downloads');
    await mkdir(downloads);
    const picked = await put(downloads, 'picked.txt', articleText('picked'));
    const copy = await put(downloads, 'copy-of-a.txt', SEED_TEXT);
    const image = await put(downloads, 'image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    dialogs.files.push([picked, copy, image]);

    const report = await call('library:add-files-dialog');

    expect(report).toEqual({
      added: [{ name: 'picked.txt', id: 'picked.txt' }],
      duplicates: [{ name: 'copy-of-a.txt', existingId: 'a.txt' }],
      refused: [{ name: 'image.png', reason: expect.stringMatching(/^not an article file/) as unknown as string }],
    });
    expect(await libraryFiles()).toEqual(['a.txt', 'picked.txt']);
    expect(
      library
        .listed()
        .map((entry) => entry.id)
        .toSorted(),
    ).toEqual(['a.txt', 'picked.txt']);
  });
});

describe('library:import-files', () => {
  it('imports dropped files and gives the report', async () => {
    const report = await call('library:import-files', [
      { name: '../../dropped.txt', bytes: articleBytes('dropped') },
      { name: 'notes.json', bytes: new TextEncoder().encode('{}') },
    ]);
    expect(report).toMatchObject({
      added: [{ name: '../../dropped.txt', id: 'dropped.txt' }],
      refused: [{ name: 'notes.json' }],
    });
    expect(await libraryFiles()).toEqual(['a.txt', 'dropped.txt']);
    expect(await readdir(base)).not.toContain('dropped.txt');
  });
});

describe('files:save', () => {
  it('returns null and writes nothing when the dialog is cancelled', async () => {
    await expect(call('files:save', saveRequest)).resolves.toBeNull();
    expect(dialogs.requests).toEqual([
      { title: 'Export brief', defaultName: 'brief.md', filters: saveRequest.filters },
    ]);
    expect(await readdir(base)).not.toContain('brief.md');
  });

  it('writes text or bytes where the analyst chose and returns the path', async () => {
    const textPath = join(base, 'brief.md');
    const bytesPath = join(base, 'brief.bin');
    dialogs.savePaths.push(textPath, bytesPath);
    await expect(call('files:save', saveRequest)).resolves.toBe(textPath);
    expect(await readFile(textPath, 'utf8')).toBe(saveRequest.content);
    const bytes = articleBytes('bytes');
    await expect(call('files:save', { ...saveRequest, content: bytes })).resolves.toBe(bytesPath);
    expect(new Uint8Array(await readFile(bytesPath))).toEqual(bytes);
  });
});

describe('files:open-text', () => {
  it('returns null when the dialog is cancelled', async () => {
    await expect(call('files:open-text', openRequest)).resolves.toBeNull();
    expect(dialogs.requests).toEqual([openRequest]);
  });

  it('returns the name and text of the chosen file', async () => {
    dialogs.openPaths.push(join(base, 'secret.txt'));
    await expect(call('files:open-text', openRequest)).resolves.toEqual({
      name: 'secret.txt',
      text: articleText('secret'),
    });
  });
});

const fixtureBrief = (): Promise<string> => readFile(join(__dirname, '../../../fixtures/sample-brief.json'), 'utf8');

describe('briefs:export', () => {
  it('refuses a request that is not a brief, before any dialog opens', async () => {
    await expect(table['briefs:export']({ format: 'md', document: { title: 'no' } })).rejects.toThrow(
      /not a (valid )?Dossier brief/,
    );
    await expect(
      table['briefs:export']({ format: 'exe', document: JSON.parse(await fixtureBrief()) }),
    ).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(dialogs.calls).toBe(0);
  });

  it('renders Markdown, suggests a file name from the title, and writes where the analyst chose', async () => {
    const document: unknown = JSON.parse(await fixtureBrief());
    const target = join(base, 'out.md');
    dialogs.savePaths.push(target);
    expect(await table['briefs:export']({ format: 'md', document })).toBe(target);
    const written = await readFile(target, 'utf8');
    expect(written).toMatch(/^# /);
    expect(written).toContain('## Sources');
    const request = dialogs.requests[0] as SaveRequest;
    expect(request.defaultName).toMatch(/^[\p{L}\p{N}-]+\.md$/u);
    expect(request.defaultName).not.toContain('<');
  });

  it('prints the HTML rendering for PDF, and writes nothing when the dialog is cancelled', async () => {
    const document: unknown = JSON.parse(await fixtureBrief());
    expect(await table['briefs:export']({ format: 'pdf', document })).toBeNull();
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^<!doctype html>/i);
    const target = join(base, 'out.pdf');
    dialogs.savePaths.push(target);
    await table['briefs:export']({ format: 'pdf', document });
    expect((await readFile(target, 'utf8')).startsWith('%PDF-')).toBe(true);
  });
});

describe('search:query and search:set-annotations', () => {
  const query = { text: '', filters: {}, sort: 'date', offset: 0, limit: 50 };

  it('lists the library through search, and finds words after the annotations arrive', async () => {
    const listed = await table['search:query'](query);
    expect(listed.total).toBeGreaterThan(0);
    expect(await table['search:query']({ ...query, text: 'zeppelinfield' })).toMatchObject({ total: 0 });
    const id = listed.hits[0]?.id ?? '';
    await table['search:set-annotations']([
      {
        id: 'h1',
        articleId: id,
        kind: 'highlight',
        text: 'zeppelinfield briefing',
        tags: ['airships'],
        colour: 'yellow',
      },
    ]);
    const found = await table['search:query']({ ...query, text: 'zeppelinfield', sort: 'relevance' });
    expect(found.hits.map((h) => h.id)).toEqual([id]);
    expect(found.hits[0]?.matchedIn).toContain('annotation');
  });

  it('refuses malformed queries and annotation lists', async () => {
    for (const bad of [
      { ...query, limit: 0 },
      { ...query, limit: 5000 },
      { ...query, sort: 'random' },
      { ...query, filters: { dateFrom: 'yesterday' } },
      { text: 'x' },
    ]) {
      await expect(table['search:query'](bad)).rejects.toBeInstanceOf(InvalidArgumentsError);
    }
    await expect(table['search:set-annotations']([{ id: 'h1' }])).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(table['search:set-annotations']('all')).rejects.toBeInstanceOf(InvalidArgumentsError);
  });

  it('cancel-scan takes no arguments', async () => {
    expect(await table['library:cancel-scan']()).toBeNull();
    await expect(table['library:cancel-scan'](true)).rejects.toBeInstanceOf(InvalidArgumentsError);
  });
});
