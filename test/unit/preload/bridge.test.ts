// The runtime-neutral bridge: each Api method reaches its channel, listeners see only the payload.
import { beforeEach, describe, expect, it } from 'vitest';
import { createApi, type Transport } from '../../../src-preload/bridge';
import { emptySummary, indexedReport } from '../../support/library-summary';
import type {
  StoryInfo,
  AnnotationDoc,
  Api,
  AppCommand,
  AppNotice,
  LegacyDatabase,
  CatalogEntry,
  Article,
  EventChannel,
  EventMap,
  ExportBriefRequest,
  ImportReport,
  InvokeArgs,
  InvokeChannel,
  InvokeResult,
  LibraryDelta,
  SearchQuery,
  SaveSnapshotRequest,
  SearchResults,
  SnapshotInfo,
  Unsubscribe,
} from '../../../src-preload/contract';

const SUMMARY = emptySummary('/home/analyst/Dossier Library', 3);
const REPORT: ImportReport = { added: [{ name: 'a.txt', id: 'a.txt' }], duplicates: [], refused: [] };
const ARTICLE: Article = {
  id: 'a.txt',
  title: 'Harbour strike delays shipping',
  date: '2024-03-05',
  dateRaw: '20240305',
  url: 'https://example.org/harbour',
  source: null,
  domain: 'example.org',
  outlet: null,
  author: null,
  language: null,
  format: 'text',
  paragraphs: ['First paragraph.'],
  hash: 'abc',
  warnings: [],
};
const NOTICE: AppNotice = { id: 1, kind: 'warning', title: 'The catalog was rebuilt.', lines: ['Nothing was lost.'] };
const DELTA: LibraryDelta = { root: SUMMARY.root, version: 4, upserted: [], removed: ['gone.txt'], renamed: [] };

type Replies = { [C in InvokeChannel]: InvokeResult<C> };
type AnyListener = (...args: unknown[]) => void;

/** Records invocations, answers from canned replies, and emits events like a transport that leaks extras. */
class FakeTransport implements Transport {
  readonly invocations: [InvokeChannel, unknown[]][] = [];
  private readonly listeners = new Map<EventChannel, Set<AnyListener>>();

  constructor(private readonly replies: Replies) {}

  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
    this.invocations.push([channel, args]);
    return Promise.resolve(this.replies[channel]);
  }

  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void): Unsubscribe {
    const set = this.listeners.get(channel) ?? new Set<AnyListener>();
    this.listeners.set(channel, set);
    const stored = listener as AnyListener;
    set.add(stored);
    return () => {
      set.delete(stored);
    };
  }

  /** Emits with extra trailing arguments, which the bridge must not pass on to page code. */
  emit<E extends EventChannel>(channel: E, payload: EventMap[E], ...extras: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(payload, ...extras);
  }

  listenerCount(channel: EventChannel): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
}

const FILES = [{ name: 'a.txt', bytes: new Uint8Array([65, 10]) }];

const SAVE = {
  title: 'Export',
  defaultName: 'notes.json',
  filters: [{ name: 'JSON', extensions: ['json'] }],
  content: '{}',
};
const OPEN = { title: 'Import', filters: [{ name: 'JSON', extensions: ['json'] }] };
const QUERY: SearchQuery = { text: 'lavrov', filters: {}, sort: 'relevance', offset: 0, limit: 50 };
const RESULTS: SearchResults = { total: 0, offset: 0, hits: [], corrections: [], elapsedMs: 1 };
const STORY: StoryInfo = {
  id: 's1',
  members: [
    { id: 'a.txt', title: 'A', date: '2024-03-01', domain: 'a.example', outlet: null, origin: true, similarity: 1 },
  ],
};
const DOCS: AnnotationDoc[] = [
  { id: 'h1', articleId: 'a.txt', kind: 'highlight', text: 'quote', tags: ['nato'], colour: 'yellow' },
];
const EXPORT: ExportBriefRequest = {
  format: 'md',
  document: {
    format: 'dossier-brief',
    version: 1,
    id: 'b1',
    title: 'Brief',
    summary: '',
    sections: [],
    createdAt: '2022-02-11T00:00:00.000Z',
    updatedAt: '2022-02-11T00:00:00.000Z',
    exportedAt: '2022-02-11T00:00:00.000Z',
  },
};

const SNAPSHOT: SnapshotInfo = {
  id: 'work-20250102T030405678Z-auto-1h-0n-0b-0123456789abcdef.json',
  takenAt: 1735787045678,
  reason: 'auto',
  counts: { highlights: 1, notes: 0, briefs: 0, matrices: 0 },
};
const SNAPSHOT_SAVE: SaveSnapshotRequest = {
  reason: 'auto',
  document: { type: 'AnnotationCollection', 'dossier:format': 'dossier-work', 'dossier:version': 1, items: [] },
};

const INVOKE_CASES: readonly (readonly [keyof Api, (api: Api) => Promise<unknown>, InvokeChannel, unknown[]])[] = [
  ['getLibrary', (api) => api.getLibrary(), 'library:get', []],
  ['chooseLibraryFolder', (api) => api.chooseLibraryFolder(), 'library:choose-folder', []],
  ['getEntries', (api) => api.getEntries(['a.txt']), 'library:entries', [['a.txt']]],
  ['getStory', (api) => api.getStory('a.txt'), 'stories:of', ['a.txt']],
  ['getStoryIds', (api) => api.getStoryIds(['a.txt', 'b.txt']), 'stories:ids', [['a.txt', 'b.txt']]],
  ['findByHashes', (api) => api.findByHashes(['abc'], 'library-1'), 'library:find-by-hashes', [['abc'], 'library-1']],
  ['importFiles', (api) => api.importFiles(FILES), 'library:import-files', [FILES]],
  ['addFilesWithDialog', (api) => api.addFilesWithDialog(), 'library:add-files-dialog', []],
  ['readArticle', (api) => api.readArticle('a.txt'), 'articles:read', ['a.txt']],
  ['openExternal', (api) => api.openExternal('https://example.org/'), 'shell:open-external', ['https://example.org/']],
  ['saveFile', (api) => api.saveFile(SAVE), 'files:save', [SAVE]],
  ['openTextFile', (api) => api.openTextFile(OPEN), 'files:open-text', [OPEN]],
  ['exportBrief', (api) => api.exportBrief(EXPORT), 'briefs:export', [EXPORT]],
  ['getExportPreferences', (api) => api.getExportPreferences(), 'briefs:export-preferences', []],
  [
    'openExportedFile',
    (api) => api.openExportedFile('/home/analyst/brief.md'),
    'files:open-exported',
    ['/home/analyst/brief.md'],
  ],
  [
    'showExportedFile',
    (api) => api.showExportedFile('/home/analyst/brief.md'),
    'files:show-exported',
    ['/home/analyst/brief.md'],
  ],
  [
    'openOriginal',
    (api) => api.openOriginal('feeds/news.rss#item-7'),
    'files:open-original',
    ['feeds/news.rss#item-7'],
  ],
  ['search', (api) => api.search(QUERY), 'search:query', [QUERY]],
  [
    'setAnnotationIndex',
    (api) => api.setAnnotationIndex('library-1', DOCS),
    'search:set-annotations',
    ['library-1', DOCS],
  ],
  [
    'setSourceGrades',
    (api) => api.setSourceGrades([{ domain: 'reuters.com', reliability: 'B' }]),
    'sources:set-grades',
    [[{ domain: 'reuters.com', reliability: 'B' }]],
  ],
  ['cancelScan', (api) => api.cancelScan(), 'library:cancel-scan', []],
  ['retryLibrary', (api) => api.retryLibrary(), 'library:retry', []],
  ['takeNotices', (api) => api.takeNotices(), 'app:take-notices', []],
  ['takeLegacyWork', (api) => api.takeLegacyWork(), 'app:take-legacy-work', []],
  ['legacyWorkMoved', (api) => api.legacyWorkMoved(), 'app:legacy-work-moved', []],
  ['saveSnapshot', (api) => api.saveSnapshot(SNAPSHOT_SAVE), 'snapshots:save', [SNAPSHOT_SAVE]],
  ['listSnapshots', (api) => api.listSnapshots(), 'snapshots:list', []],
  ['readSnapshot', (api) => api.readSnapshot(SNAPSHOT.id), 'snapshots:read', [SNAPSHOT.id]],
];

const REPLIES = {
  'library:get': SUMMARY,
  'library:choose-folder': SUMMARY,
  'library:entries': [null] as (CatalogEntry | null)[],
  'library:find-by-hashes': ['a.txt'] as (string | null)[],
  'library:import-files': REPORT,
  'library:add-files-dialog': null,
  'articles:read': ARTICLE,
  'shell:open-external': true,
  'files:save': '/home/analyst/notes.json',
  'files:open-text': { name: 'notes.json', text: '{}' },
  'briefs:export': '/home/analyst/brief.md',
  'briefs:export-preferences': { brief: null, article: null, folder: '/home/analyst' },
  'files:open-exported': null,
  'files:show-exported': null,
  'files:open-original': null,
  'search:query': RESULTS,
  'search:set-annotations': indexedReport(1),
  'sources:set-grades': 1,
  'stories:of': STORY,
  'stories:ids': ['s1', null] as (string | null)[],
  'library:cancel-scan': null,
  'library:retry': SUMMARY,
  'app:take-notices': [NOTICE] as AppNotice[],
  'app:take-legacy-work': [] as LegacyDatabase[],
  'app:legacy-work-moved': null,
  'snapshots:save': { snapshot: SNAPSHOT, written: true },
  'snapshots:list': { folder: '/home/analyst/.config/Dossier/snapshots', snapshots: [SNAPSHOT] },
  'snapshots:read': SNAPSHOT_SAVE.document,
} as const;

const EVENT_CASES = [
  ['onLibraryChanged', 'library:changed', DELTA],
  ['onLibraryReset', 'library:reset', SUMMARY],
  ['onAppCommand', 'app:command', 'add-files' satisfies AppCommand],
  ['onNotice', 'app:notice', NOTICE],
  [
    'onScanProgress',
    'library:progress',
    {
      root: '/library',
      phase: 'reading',
      done: 1,
      total: 2,
      filesPerSecond: 10,
      etaMs: 100,
      finished: false,
      cancelled: false,
    },
  ],
  [
    'onLibraryProblem',
    'library:problem',
    { root: '/library', message: 'The library folder /library was deleted, moved or renamed.' },
  ],
] as const;

describe('createApi', () => {
  let transport: FakeTransport;
  let api: Api;

  beforeEach(() => {
    transport = new FakeTransport(REPLIES);
    api = createApi(transport);
  });

  it('offers exactly one method per operation and nothing generic', () => {
    const expected = [...INVOKE_CASES.map(([method]) => method), ...EVENT_CASES.map(([method]) => method)];
    expect(Object.keys(api).toSorted()).toEqual(expected.toSorted());
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('on');
    expect(api).not.toHaveProperty('invoke');
  });

  it('cannot be changed by page code', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(INVOKE_CASES)('%s invokes its channel with its arguments', async (_method, call, channel, args) => {
    const result = await call(api);

    expect(transport.invocations).toEqual([[channel, args]]);
    expect(result).toBe(REPLIES[channel]);
  });

  it('passes a transport failure through to the caller', async () => {
    const failing = createApi({
      invoke: () => Promise.reject(new Error('refused articles:read from an untrusted frame')),
      subscribe: () => () => undefined,
    });
    await expect(failing.readArticle('a.txt')).rejects.toThrow('untrusted frame');
  });

  it.each(EVENT_CASES)('%s delivers only the payload of %s', (method, channel, payload) => {
    const received: unknown[][] = [];
    api[method]((...args: unknown[]) => received.push(args));

    transport.emit(channel, payload, { sender: 'an IpcRendererEvent' });

    expect(received).toEqual([[payload]]);
  });

  it.each(EVENT_CASES)('%s stops after unsubscribe, leaving other listeners', (method, channel, payload) => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = api[method]((value: unknown) => first.push(value));
    api[method]((value: unknown) => second.push(value));

    offFirst();
    transport.emit(channel, payload);

    expect(first).toEqual([]);
    expect(second).toEqual([payload]);
    expect(transport.listenerCount(channel)).toBe(1);
  });

  it('does not mix up channels', () => {
    const commands: unknown[] = [];
    api.onAppCommand((command) => commands.push(command));

    transport.emit('library:reset', SUMMARY);
    transport.emit('library:changed', DELTA);

    expect(commands).toEqual([]);
  });
});
