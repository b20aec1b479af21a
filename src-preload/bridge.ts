// Builds the renderer's Api from two transport primitives; runtime-neutral so Electron's preload
// and the end-to-end test host share exactly this code.
import type { Api, EventChannel, EventMap, InvokeArgs, InvokeChannel, InvokeResult, Unsubscribe } from './contract';

export interface Transport {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>>;
  /** The transport passes only the payload; transport-level event objects never reach page code. */
  subscribe<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void): Unsubscribe;
}

export function createApi(transport: Transport): Api {
  const on =
    <E extends EventChannel>(channel: E) =>
    (listener: (payload: EventMap[E]) => void): Unsubscribe =>
      transport.subscribe(channel, (payload) => listener(payload));

  return Object.freeze({
    getLibrary: () => transport.invoke('library:get'),
    chooseLibraryFolder: () => transport.invoke('library:choose-folder'),
    retryLibrary: () => transport.invoke('library:retry'),
    getEntries: (ids) => transport.invoke('library:entries', ids),
    findByHashes: (hashes, libraryId) => transport.invoke('library:find-by-hashes', hashes, libraryId),
    importFiles: (files) => transport.invoke('library:import-files', files),
    addFilesWithDialog: () => transport.invoke('library:add-files-dialog'),
    readArticle: (id) => transport.invoke('articles:read', id),
    openExternal: (url) => transport.invoke('shell:open-external', url),
    saveFile: (request) => transport.invoke('files:save', request),
    openTextFile: (request) => transport.invoke('files:open-text', request),
    exportBrief: (request) => transport.invoke('briefs:export', request),
    getExportPreferences: () => transport.invoke('briefs:export-preferences'),
    openExportedFile: (path) => transport.invoke('files:open-exported', path),
    showExportedFile: (path) => transport.invoke('files:show-exported', path),
    openOriginal: (id) => transport.invoke('files:open-original', id),
    search: (query) => transport.invoke('search:query', query),
    setAnnotationIndex: (libraryId, docs) => transport.invoke('search:set-annotations', libraryId, docs),
    getStory: (id) => transport.invoke('stories:of', id),
    getStoryIds: (ids) => transport.invoke('stories:ids', ids),
    cancelScan: () => transport.invoke('library:cancel-scan'),
    saveSnapshot: (request) => transport.invoke('snapshots:save', request),
    listSnapshots: () => transport.invoke('snapshots:list'),
    readSnapshot: (id) => transport.invoke('snapshots:read', id),
    onScanProgress: on('library:progress'),
    onLibraryChanged: on('library:changed'),
    onLibraryReset: on('library:reset'),
    onLibraryProblem: on('library:problem'),
    onAppCommand: on('app:command'),
    takeNotices: () => transport.invoke('app:take-notices'),
    onNotice: on('app:notice'),
    takeLegacyWork: () => transport.invoke('app:take-legacy-work'),
    legacyWorkMoved: () => transport.invoke('app:legacy-work-moved'),
  } satisfies Api);
}
