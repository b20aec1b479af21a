// The handler tests' setup: a handler table over a real LibraryService on a temp folder (one article, a.txt,
// beside a secret.txt outside the library), with native dialogs, settings, links and printing faked.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { InvokeChannel } from '../../../../src-preload/contract';
import { createHandlerTable, type Dialogs, type HandlerTable } from '../../../../src-main/ipc/handlers';
import { LocalCatalogStore } from '../../../../src-main/catalog/local-catalog-store';
import { LibraryService } from '../../../../src-main/library/library-service';
import { LegacyWork } from '../../../../src-main/services/legacy-work';
import { NoticeBoard } from '../../../../src-main/services/notices';
import type { Settings } from '../../../../src-main/settings/settings';
import { SnapshotStore } from '../../../../src-main/snapshots/snapshot-store';
import { articleText, put, SEED_TEXT, SEED_TITLE, TempDirs } from '../../../support/temp-library';
import { FakeWatch } from '../../../support/fake-watcher';

type SaveRequest = Parameters<Dialogs['chooseSavePath']>[0];
type OpenRequest = Parameters<Dialogs['chooseOpenFile']>[0];

/** Native dialogs answered by the test: each call takes the next scripted answer and is counted. */
export class FakeDialogs implements Dialogs {
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
export class FakeSettings {
  current: Settings = {};
  readonly updates: Partial<Settings>[] = [];

  load(): Promise<Settings> {
    return Promise.resolve(this.current);
  }

  update(patch: Partial<Settings>): Promise<Settings> {
    this.updates.push(patch);
    this.current = { ...this.current, ...patch };
    return Promise.resolve(this.current);
  }
}

export interface HandlerHarness {
  /** The temp folder holding the library, secret.txt and the catalog. */
  readonly base: string;
  readonly root: string;
  readonly library: LibraryService;
  readonly notices: NoticeBoard;
  readonly legacyWork: LegacyWork;
  readonly dialogs: FakeDialogs;
  readonly settings: FakeSettings;
  /** Snapshots of the work, in the temp folder's snapshots/. */
  readonly snapshots: SnapshotStore;
  /** URLs handed to the system browser. */
  readonly opened: string[];
  /** HTML handed to the PDF printer. */
  readonly printed: string[];
  /** Files handed to the system: ['open' | 'show', path]. */
  readonly shellCalls: [string, string][];
  /** Makes the system's open answer with this error message (as shell.openPath does). */
  failOpen(message: string): void;
  readonly table: HandlerTable;
  call(channel: InvokeChannel, ...args: unknown[]): Promise<unknown>;
  /** Every path under the library folder, sorted, with forward slashes. */
  libraryFiles(): Promise<string[]>;
}

export const saveRequest = {
  title: 'Export brief',
  defaultName: 'brief.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
  content: `# ${SEED_TITLE}\n`,
};
export const openRequest = { title: 'Import annotations', filters: [{ name: 'JSON', extensions: ['json'] }] };

const temp = new TempDirs();

async function makeHarness(): Promise<HandlerHarness> {
  const base = await temp.make('ipc');
  const root = join(base, 'library');
  await put(root, 'a.txt', SEED_TEXT);
  await writeFile(join(base, 'secret.txt'), articleText('secret'));
  const library = new LibraryService({
    store: new LocalCatalogStore(join(base, 'catalog.sqlite')),
    watch: new FakeWatch().watch,
  });
  await library.open(root);
  await library.whenIdle();
  const opened: string[] = [];
  const printed: string[] = [];
  const shellCalls: [string, string][] = [];
  let openFailure = '';
  const dialogs = new FakeDialogs();
  const settings = new FakeSettings();
  const notices = new NoticeBoard();
  const legacyWork = new LegacyWork(base);
  const snapshots = new SnapshotStore({ folder: join(base, 'snapshots') });
  const table = createHandlerTable({
    library,
    settings,
    dialogs,
    notices,
    legacyWork,
    snapshots,
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    printPdf: (html) => {
      printed.push(html);
      return Promise.resolve(new TextEncoder().encode('%PDF-1.7 printed'));
    },
    fileShell: {
      openPath: (path) => {
        if (openFailure !== '') return Promise.resolve(openFailure);
        shellCalls.push(['open', path]);
        return Promise.resolve('');
      },
      showItemInFolder: (path) => void shellCalls.push(['show', path]),
    },
  });
  return {
    base,
    root,
    library,
    notices,
    legacyWork,
    dialogs,
    settings,
    snapshots,
    opened,
    printed,
    shellCalls,
    failOpen: (message) => (openFailure = message),
    table,
    call: (channel, ...args) => table[channel](...args),
    libraryFiles: async () =>
      (await readdir(root, { recursive: true })).map((name) => name.split('\\').join('/')).toSorted(),
  };
}

/** For every test of the calling file: a new harness handed to `take`, closed and removed afterwards. */
export function withHandlerTable(take: (harness: HandlerHarness) => void): void {
  let current: HandlerHarness | null = null;
  beforeEach(async () => {
    current = await makeHarness();
    take(current);
  });
  afterEach(async () => {
    await current?.library.close();
    current = null;
    await temp.cleanup();
  });
}
