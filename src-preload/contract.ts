// The typed contract between renderer and main: every channel with its payloads, and the Api the page
// sees. Types only; the payload types live by domain in contract/. No channel name is spelled anywhere
// else except the handler table and the bridge, which the compiler holds to this file.
import type { AnnotationDoc, AnnotationIndexReport } from './contract/annotations';
import type { AppNotice, LegacyDatabase, LegacyReading } from './contract/app';
import type { ExportBriefRequest, ExportPreferences } from './contract/briefs';
import type { ExportedPath, OpenedTextFile, OpenTextFileRequest, SaveFileRequest } from './contract/files';
import type {
  Article,
  ArticleId,
  CatalogEntry,
  ImportReport,
  IncomingFile,
  LibraryDelta,
  LibraryProblem,
  LibrarySummary,
  ScanProgress,
} from './contract/library';
import type { SearchQuery, SearchResults, SourceGrade } from './contract/search';
import type { SavedSnapshot, SaveSnapshotRequest, SnapshotList, WorkDocument } from './contract/snapshots';
import type { StoryInfo } from './contract/stories';

export type * from './contract/analysis';
export type * from './contract/annotations';
export type * from './contract/app';
export type * from './contract/briefs';
export type * from './contract/files';
export type * from './contract/grades';
export type * from './contract/library';
export type * from './contract/search';
export type * from './contract/snapshots';
export type * from './contract/stories';

/** Commands the application menu sends to the page. */
export type AppCommand =
  | 'add-files'
  | 'choose-library'
  | 'focus-search'
  | 'export-annotations'
  | 'import-annotations'
  | 'manage-tags'
  | 'show-library'
  | 'show-briefs'
  | 'show-sources'
  | 'show-evidence'
  | 'show-hypotheses'
  | 'show-timeline'
  | 'restore-snapshots';

/** Renderer -> main, request/response. Each entry is [arguments tuple, result]. */
export interface InvokeMap {
  'library:get': [args: [], result: LibrarySummary];
  'library:choose-folder': [args: [], result: LibrarySummary | null];
  'library:entries': [args: [ids: ArticleId[]], result: (CatalogEntry | null)[]];
  'library:find-by-hashes': [args: [hashes: string[], libraryId: string], result: (ArticleId | null)[]];
  'library:import-files': [args: [files: IncomingFile[]], result: ImportReport];
  'library:add-files-dialog': [args: [], result: ImportReport | null];
  'library:cancel-scan': [args: [], result: null];
  'library:retry': [args: [], result: LibrarySummary];
  'app:take-notices': [args: [], result: AppNotice[]];
  'app:take-legacy-work': [args: [], result: LegacyDatabase[]];
  'app:legacy-work-moved': [args: [], result: null];
  'articles:read': [args: [id: ArticleId], result: Article];
  'search:query': [args: [query: SearchQuery], result: SearchResults];
  'search:set-annotations': [args: [libraryId: string, docs: AnnotationDoc[]], result: AnnotationIndexReport];
  'sources:set-grades': [args: [grades: SourceGrade[]], result: number];
  'stories:of': [args: [id: ArticleId], result: StoryInfo | null];
  'stories:ids': [args: [ids: ArticleId[]], result: (string | null)[]];
  'briefs:export': [args: [request: ExportBriefRequest], result: string | null];
  'briefs:export-preferences': [args: [], result: ExportPreferences];
  'files:open-exported': [args: [path: ExportedPath], result: null];
  'files:show-exported': [args: [path: ExportedPath], result: null];
  'files:open-original': [args: [id: ArticleId], result: null];
  'files:save': [args: [request: SaveFileRequest], result: string | null];
  'files:open-text': [args: [request: OpenTextFileRequest], result: OpenedTextFile | null];
  'shell:open-external': [args: [url: string], result: boolean];
  'snapshots:save': [args: [request: SaveSnapshotRequest], result: SavedSnapshot];
  'snapshots:list': [args: [], result: SnapshotList];
  'snapshots:read': [args: [id: string], result: WorkDocument];
}

/** The hidden window that reads the page's old file:// storage (src-preload/legacy.ts) -> main, once. */
export interface LegacyInvokeMap {
  'legacy:deliver': [args: [reading: LegacyReading], result: null];
}

/** Main -> renderer events. */
export interface EventMap {
  'library:changed': LibraryDelta;
  'library:reset': LibrarySummary;
  'library:progress': ScanProgress;
  'library:problem': LibraryProblem;
  'app:command': AppCommand;
  'app:notice': AppNotice;
}

export type InvokeChannel = keyof InvokeMap;
export type EventChannel = keyof EventMap;
export type InvokeArgs<C extends InvokeChannel> = InvokeMap[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeMap[C][1];

export type Unsubscribe = () => void;

/** What the renderer sees as window.api: one method per operation. */
export interface Api {
  /** The open library's summary: counts, filter choices and the first unreadable files; never every entry. */
  getLibrary(): Promise<LibrarySummary>;
  chooseLibraryFolder(): Promise<LibrarySummary | null>;
  /** Opens the library folder again (the one open, or the one that could not be opened): after a drive is back. */
  retryLibrary(): Promise<LibrarySummary>;
  /** The catalog entries of these files, in the same order (null for a file not in the library). */
  getEntries(ids: ArticleId[]): Promise<(CatalogEntry | null)[]>;
  /**
   * For each content hash, a file of the library that holds it (null when none does); all null when the
   * library open is not `libraryId` (the answer would name another library's files).
   */
  findByHashes(hashes: string[], libraryId: string): Promise<(ArticleId | null)[]>;
  importFiles(files: IncomingFile[]): Promise<ImportReport>;
  addFilesWithDialog(): Promise<ImportReport | null>;
  cancelScan(): Promise<null>;
  readArticle(id: ArticleId): Promise<Article>;
  /** Ranked search, or the filtered, sorted library list when the text is empty; pages by offset. */
  search(query: SearchQuery): Promise<SearchResults>;
  /**
   * Gives main's search index one library's annotations (the whole set, whenever it changes); records over
   * the limits are left out or shortened, one by one, and reported.
   */
  setAnnotationIndex(libraryId: string, docs: AnnotationDoc[]): Promise<AnnotationIndexReport>;
  /**
   * Gives main the source register's grades (the whole set, whenever it changes), so the library list filters
   * and sorts by source grade; returns how many outlets main holds graded.
   */
  setSourceGrades(grades: SourceGrade[]): Promise<number>;
  /**
   * The story an article of the open library is a copy in: every copy, the origin (first publisher) first,
   * then by date; null when the article has no copy.
   */
  getStory(id: ArticleId): Promise<StoryInfo | null>;
  /** Each article's story id, in the same order (null: no copy, or not in the library); copies share one. */
  getStoryIds(ids: ArticleId[]): Promise<(string | null)[]>;
  /** Renders the brief in main, asks where to save it, writes it; returns the path or null. */
  exportBrief(request: ExportBriefRequest): Promise<string | null>;
  /** The export dialog's last choices (brief and article apart) and the folder last exported to. */
  getExportPreferences(): Promise<ExportPreferences>;
  /** Opens a file this session exported in its default app; any other path is refused. */
  openExportedFile(path: ExportedPath): Promise<null>;
  /** Shows a file this session exported in the system's file manager; any other path is refused. */
  showExportedFile(path: ExportedPath): Promise<null>;
  /**
   * Opens the file an article was read from (a feed item's feed file) in the system's viewer for it; only a
   * file the open library lists, inside its folder.
   */
  openOriginal(id: ArticleId): Promise<null>;
  /** Asks where to save, writes the file, and returns its path (null when the analyst cancelled). */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenedTextFile | null>;
  openExternal(url: string): Promise<boolean>;
  /** Writes the work to a snapshot file in the app's data folder, unless it equals the latest one. */
  saveSnapshot(request: SaveSnapshotRequest): Promise<SavedSnapshot>;
  listSnapshots(): Promise<SnapshotList>;
  readSnapshot(id: string): Promise<WorkDocument>;
  onLibraryChanged(listener: (delta: LibraryDelta) => void): Unsubscribe;
  onLibraryReset(listener: (summary: LibrarySummary) => void): Unsubscribe;
  onScanProgress(listener: (progress: ScanProgress) => void): Unsubscribe;
  onLibraryProblem(listener: (problem: LibraryProblem) => void): Unsubscribe;
  onAppCommand(listener: (command: AppCommand) => void): Unsubscribe;
  /**
   * Notices main has for the analyst that no one has taken yet (each is handed out once), including those
   * posted before the page loaded or while it reloaded.
   */
  takeNotices(): Promise<AppNotice[]>;
  /** Told when main posts a notice: take the waiting notices then (so none is shown twice). */
  onNotice(listener: (notice: AppNotice) => void): Unsubscribe;
  /** The databases the page kept at its old file:// origin, still to be made again here (once). */
  takeLegacyWork(): Promise<LegacyDatabase[]>;
  /** Says they are made again: main hands them out no more. */
  legacyWorkMoved(): Promise<null>;
}
