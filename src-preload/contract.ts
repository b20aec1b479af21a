// The typed contract between renderer and main: every channel, its payloads, and the Api the page sees.
// Types only. No channel name is spelled anywhere else except the handler table that must satisfy it.

/** An article id is its path relative to the library root, with forward slashes. */
export type ArticleId = string;

/** What the catalog knows about one file that parsed as an article. */
export interface ArticleEntry {
  readonly id: ArticleId;
  readonly ok: true;
  readonly title: string;
  /** ISO yyyy-mm-dd when the file's date was valid, else null. */
  readonly date: string | null;
  /** The date line as written in the file, or null when there was none. */
  readonly dateRaw: string | null;
  readonly url: string | null;
  /** Host name of an http(s) URL without a leading "www.", else null. */
  readonly domain: string | null;
  readonly paragraphs: number;
  readonly words: number;
  readonly hash: string;
  readonly warnings: readonly string[];
  readonly size: number;
  readonly mtimeMs: number;
}

/** A file in the library that could not be read as an article, with the reason. */
export interface BrokenEntry {
  readonly id: ArticleId;
  readonly ok: false;
  readonly error: string;
  readonly hash: string | null;
  readonly size: number;
  readonly mtimeMs: number;
}

export type CatalogEntry = ArticleEntry | BrokenEntry;

/** A whole article, ready to read. Paragraph text is plain text, never HTML. */
export interface Article {
  readonly id: ArticleId;
  readonly title: string;
  readonly date: string | null;
  readonly dateRaw: string | null;
  readonly url: string | null;
  readonly domain: string | null;
  readonly paragraphs: readonly string[];
  readonly hash: string;
  readonly warnings: readonly string[];
}

export interface LibrarySnapshot {
  /** Absolute path of the library folder, shown to the analyst. */
  readonly root: string;
  readonly entries: readonly CatalogEntry[];
  /** True while the first scan of this folder is still running. */
  readonly scanning: boolean;
}

export interface RenamedEntry {
  readonly from: ArticleId;
  readonly to: ArticleId;
}

/** Incremental change to the library, pushed by the watcher. */
export interface LibraryDelta {
  readonly root: string;
  readonly upserted: readonly CatalogEntry[];
  readonly removed: readonly ArticleId[];
  readonly renamed: readonly RenamedEntry[];
}

/** A file handed over by the renderer (drag and drop): its name and bytes, never a path. */
export interface IncomingFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportReport {
  readonly added: readonly { readonly name: string; readonly id: ArticleId }[];
  readonly duplicates: readonly { readonly name: string; readonly existingId: ArticleId }[];
  readonly refused: readonly { readonly name: string; readonly reason: string }[];
}

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** A file the page wants saved where the analyst chooses, through main's native save dialog. */
export interface SaveFileRequest {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
  readonly content: string | Uint8Array;
}

export interface OpenTextFileRequest {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface OpenedTextFile {
  readonly name: string;
  readonly text: string;
}

/** How the library list is ordered. Relevance applies only when there is query text. */
export type SearchSort = 'relevance' | 'date' | 'title';

export interface SearchFilters {
  /** Inclusive ISO dates of publication; undated articles are left out when either is set. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Source domains ("russiaherald.com"); any of them. */
  readonly domains?: readonly string[];
  /** Tags on the article or its highlights; all of them. */
  readonly tags?: readonly string[];
  /** Highlight colours; any of them. */
  readonly colours?: readonly string[];
  /** true: only annotated articles; false: only articles without annotations. */
  readonly annotated?: boolean;
  /** A folder of the library ("europe/2022"); articles in it and below it. */
  readonly folder?: string;
}

export interface SearchQuery {
  /** What the analyst typed: words (the last one as a prefix), "quoted phrases"; empty lists everything. */
  readonly text: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  readonly offset: number;
  readonly limit: number;
}

/** Text with the matched words marked, as runs; the page renders it as text. */
export type Snippet = readonly { readonly text: string; readonly hit: boolean }[];

export interface SearchHit {
  readonly id: ArticleId;
  readonly title: string;
  readonly date: string | null;
  readonly dateRaw: string | null;
  readonly domain: string | null;
  /** Marked excerpt of the body or of an annotation; null when browsing without query text. */
  readonly snippet: Snippet | null;
  /** Where the words matched. */
  readonly matchedIn: readonly ('title' | 'body' | 'annotation')[];
}

export interface SearchResults {
  readonly total: number;
  readonly offset: number;
  readonly hits: readonly SearchHit[];
  /** Query words that matched nothing and were read as these nearby words instead. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  readonly elapsedMs: number;
}

/** One searchable piece of the analyst's work, pushed by the page (its Dexie data) to main's index. */
export interface AnnotationDoc {
  readonly id: string;
  readonly articleId: ArticleId;
  readonly kind: 'highlight' | 'article';
  /** Quote and note (highlight) or note (article). */
  readonly text: string;
  readonly tags: readonly string[];
  readonly colour: string | null;
}

/** Progress of reading the library folder (the first scan of a large folder can take a while). */
export interface ScanProgress {
  readonly root: string;
  /** A first read lists the files ('reading'), then makes their text searchable ('indexing'). */
  readonly phase: 'reading' | 'indexing';
  readonly done: number;
  readonly total: number;
  readonly filesPerSecond: number;
  readonly etaMs: number | null;
  readonly finished: boolean;
  readonly cancelled: boolean;
}

/** Formats a brief (or one annotated article) can be exported to. */
export type BriefFormat = 'md' | 'html' | 'pdf' | 'docx' | 'json';

/** Where a quote comes from, as a citation shows it. */
export interface BriefSource {
  readonly articleId: ArticleId;
  readonly title: string;
  /** The outlet, from the URL's host name ("russiaherald.com"); null when the article has no URL. */
  readonly outlet: string | null;
  /** ISO yyyy-mm-dd, or null when the article's date is missing or malformed. */
  readonly date: string | null;
  readonly url: string | null;
}

/** One piece of evidence: a highlight's quote with its meaning, note and tags, and the analyst's comment. */
export interface BriefEvidence {
  readonly id: string;
  readonly highlightId: string;
  readonly quote: string;
  /** Context and position of the quote, so an imported brief can re-create its highlight. */
  readonly prefix: string;
  readonly suffix: string;
  readonly position: { readonly start: number; readonly end: number };
  readonly articleHash: string;
  /** Palette key ("yellow") and the analyst's meaning for it ("Key fact"). */
  readonly colour: string;
  readonly meaning: string;
  readonly note: string;
  readonly tags: readonly string[];
  readonly comment: string;
  readonly source: BriefSource;
  /** 1-based paragraph of the article the quote starts in; null when it cannot be placed. */
  readonly paragraph: number | null;
  /** True when the highlight could not be found in the current text of its article. */
  readonly orphaned: boolean;
}

export interface BriefSection {
  readonly id: string;
  readonly heading: string;
  /** The analyst's text for the section: plain text with the notes' simple Markdown. */
  readonly text: string;
  readonly evidence: readonly BriefEvidence[];
}

/** A brief ready to render: everything the exports need, and the JSON export format itself. */
export interface BriefDocument {
  readonly format: 'dossier-brief';
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly BriefSection[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly exportedAt: string;
}

export interface ExportBriefRequest {
  readonly document: BriefDocument;
  readonly format: BriefFormat;
}

/** Commands the application menu sends to the page. */
export type AppCommand =
  | 'add-files'
  | 'choose-library'
  | 'focus-search'
  | 'export-annotations'
  | 'import-annotations'
  | 'manage-tags'
  | 'show-library'
  | 'show-briefs';

/** Renderer -> main, request/response. Each entry is [arguments tuple, result]. */
export interface InvokeMap {
  'library:get': [args: [], result: LibrarySnapshot];
  'library:choose-folder': [args: [], result: LibrarySnapshot | null];
  'library:import-files': [args: [files: IncomingFile[]], result: ImportReport];
  'library:add-files-dialog': [args: [], result: ImportReport | null];
  'articles:read': [args: [id: ArticleId], result: Article];
  'shell:open-external': [args: [url: string], result: boolean];
  'files:save': [args: [request: SaveFileRequest], result: string | null];
  'files:open-text': [args: [request: OpenTextFileRequest], result: OpenedTextFile | null];
  'briefs:export': [args: [request: ExportBriefRequest], result: string | null];
  'search:query': [args: [query: SearchQuery], result: SearchResults];
  'search:set-annotations': [args: [docs: AnnotationDoc[]], result: null];
  'library:cancel-scan': [args: [], result: null];
}

/** Something about the open library the analyst should know, e.g. its folder was deleted or moved. */
export interface LibraryProblem {
  readonly root: string;
  readonly message: string;
}

/** Main -> renderer events. */
export interface EventMap {
  'library:changed': LibraryDelta;
  'library:reset': LibrarySnapshot;
  'library:progress': ScanProgress;
  'library:problem': LibraryProblem;
  'app:command': AppCommand;
}

export type InvokeChannel = keyof InvokeMap;
export type EventChannel = keyof EventMap;
export type InvokeArgs<C extends InvokeChannel> = InvokeMap[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeMap[C][1];

export type Unsubscribe = () => void;

/** What the renderer sees as window.api: one method per operation. */
export interface Api {
  getLibrary(): Promise<LibrarySnapshot>;
  chooseLibraryFolder(): Promise<LibrarySnapshot | null>;
  importFiles(files: IncomingFile[]): Promise<ImportReport>;
  addFilesWithDialog(): Promise<ImportReport | null>;
  readArticle(id: ArticleId): Promise<Article>;
  openExternal(url: string): Promise<boolean>;
  /** Asks where to save, writes the file, and returns its path (null when the analyst cancelled). */
  saveFile(request: SaveFileRequest): Promise<string | null>;
  openTextFile(request: OpenTextFileRequest): Promise<OpenedTextFile | null>;
  /** Renders the brief in main, asks where to save it, writes it; returns the path or null. */
  exportBrief(request: ExportBriefRequest): Promise<string | null>;
  /** Ranked search, or the filtered, sorted library list when the text is empty; pages by offset. */
  search(query: SearchQuery): Promise<SearchResults>;
  /** Gives main's search index the analyst's annotations (the whole set, whenever it changes). */
  setAnnotationIndex(docs: AnnotationDoc[]): Promise<null>;
  cancelScan(): Promise<null>;
  onLibraryChanged(listener: (delta: LibraryDelta) => void): Unsubscribe;
  onScanProgress(listener: (progress: ScanProgress) => void): Unsubscribe;
  onLibraryReset(listener: (snapshot: LibrarySnapshot) => void): Unsubscribe;
  onLibraryProblem(listener: (problem: LibraryProblem) => void): Unsubscribe;
  onAppCommand(listener: (command: AppCommand) => void): Unsubscribe;
}
