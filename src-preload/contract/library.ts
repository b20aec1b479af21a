// The contract's library domain: article ids, catalog entries, the library as the page sees it, its
// live changes and progress, and files handed over to be added. Types only.

/** An article id is its path relative to the library root, with forward slashes. */
export type ArticleId = string;

/**
 * The kinds of file the library reads: plain text in the library format, Markdown, a saved web page (HTML or
 * single-file MHTML), a PDF's text layer, a Word document, an e-mail, and an item of an RSS or Atom feed.
 */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'feed';

/** What is known of an article before its text: the fields the parser reads from the file's head. */
export interface ArticleMeta {
  readonly title: string;
  /** ISO yyyy-mm-dd when the file's date was valid, else null. */
  readonly date: string | null;
  /** The date line as written in the file, or null when there was none. */
  readonly dateRaw: string | null;
  /** The source as a web link: an http(s) URL without credentials, else null. */
  readonly url: string | null;
  /**
   * The source line as written when it is not such a link: an outlet's name ("Reuters"), an identifier
   * (urn:, doi:), a bare domain, or a link of another scheme or with credentials. Shown as text, never a link.
   */
  readonly source: string | null;
  /** The outlet: the link's host without a leading "www.", a bare domain, or an outlet's name; else null. */
  readonly domain: string | null;
  /** The outlet's own name when the original says it (a page's site name, a feed's title); else null. */
  readonly outlet: string | null;
  /** Who wrote it, as the original says (a byline, a document's author, an e-mail's sender); else null. */
  readonly author: string | null;
  /** The article's language as a BCP 47 primary tag ("en", "ru", "ar", "zh"), null when it cannot be told. */
  readonly language: string | null;
  /** What kind of file the article was read from. */
  readonly format: ArticleFormat;
  /** sha256 of the file's bytes. */
  readonly hash: string;
  readonly warnings: readonly string[];
  /**
   * Why the file may not be an article at all (only a title, one enormous line, binary or mostly non-text
   * content), shown on its row and in the reader; absent or empty for an ordinary article.
   */
  readonly oddities?: readonly string[];
}

/** Where a file stood when it was read: a file whose size and time are unchanged is not read again. */
interface FileStamp {
  readonly id: ArticleId;
  readonly size: number;
  readonly mtimeMs: number;
}

/** What the catalog knows about one file that parsed as an article. */
export interface ArticleEntry extends ArticleMeta, FileStamp {
  readonly ok: true;
  readonly paragraphs: number;
  readonly words: number;
}

/** A file in the library that could not be read as an article, with the reason. */
export interface BrokenEntry extends FileStamp {
  readonly ok: false;
  readonly error: string;
  readonly hash: string | null;
}

export type CatalogEntry = ArticleEntry | BrokenEntry;

/** A whole article, ready to read. Paragraph text is plain text, never HTML. */
export interface Article extends ArticleMeta {
  readonly id: ArticleId;
  readonly paragraphs: readonly string[];
}

/**
 * The open library as the page needs it: counts and the choices its filters offer, never every entry
 * (the page asks for entries by id, and for the list by page through search).
 */
export interface LanguageCount {
  /** A BCP 47 primary tag ("ru"), or null for articles whose language could not be told. */
  readonly language: string | null;
  readonly articles: number;
}

export interface LibrarySummary {
  /** Absolute path of the library folder, shown to the analyst. */
  readonly root: string;
  /**
   * Which library this is, whatever its folder is called now: the analyst's work is filed under it. It can
   * change once while a folder new to the app is first read (it was recognised as a moved library).
   */
  readonly libraryId?: string;
  /** Ids this library's work may still carry (the new id a moved folder had before it was recognised). */
  readonly formerIds: readonly string[];
  /**
   * The ids (and former ids) of the other libraries this installation knows: their work is theirs. Work under
   * an id that is none of these came from elsewhere (an import from another computer) and may be adopted.
   */
  readonly otherLibraryIds: readonly string[];
  /** True while a read of the folder is still running. */
  readonly scanning: boolean;
  /** Counts every change to the listed files; the page's caches are keyed on it. */
  readonly version: number;
  /** Files that parsed as articles. */
  readonly articles: number;
  /** Files that could not be read, in path order: the first few hundred with their reasons. */
  readonly broken: readonly BrokenEntry[];
  readonly brokenTotal: number;
  /** Source domains, the most articles first (the most common few hundred). */
  readonly domains: readonly string[];
  /** Folders that hold articles, with their parents, in order (the first few thousand). */
  readonly folders: readonly string[];
  /** The languages of the articles with how many each, the most first; language null for those not known. */
  readonly languages?: readonly LanguageCount[];
  /**
   * Present while the library has a problem the analyst should act on: its folder is not there (an
   * unmounted drive; the library then lists nothing until Retry finds it), or changes are no longer seen.
   */
  readonly problem?: LibraryProblem;
  /** The read under way, as last reported (absent when none is): a page that loads mid-read shows it at once. */
  readonly progress?: ScanProgress;
}

export interface RenamedEntry {
  readonly from: ArticleId;
  readonly to: ArticleId;
}

/**
 * Incremental change to the library, pushed as files come, change and go. A delta that names no file says
 * the summary changed without them: a read of the folder ended.
 */
export interface LibraryDelta {
  readonly root: string;
  /** The library's version after this change (LibrarySummary.version). */
  readonly version: number;
  /** Files new or changed: the page asks for what it shows of them. */
  readonly upserted: readonly ArticleId[];
  readonly removed: readonly ArticleId[];
  readonly renamed: readonly RenamedEntry[];
}

/** Progress of reading the library folder (the first read of a large folder can take a while). */
export interface ScanProgress {
  readonly root: string;
  /**
   * Opening a folder first finds its files ('listing': `total` is 0 until they are found, then how many),
   * a first read then lists them ('reading') and makes their text searchable ('indexing').
   */
  readonly phase: 'listing' | 'reading' | 'indexing';
  readonly done: number;
  readonly total: number;
  readonly filesPerSecond: number;
  readonly etaMs: number | null;
  readonly finished: boolean;
  readonly cancelled: boolean;
}

/** Something about the open library the analyst should know, e.g. its folder was deleted or moved. */
export interface LibraryProblem {
  readonly root: string;
  readonly message: string;
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
