// What a format's reader takes out of an original file, before the shared finishing (finish-extracted.ts).
import type { ArticleFormat } from '../../../src-preload/contract';

/** One article as a format's reader finds it in the original: fields as the original writes them. */
export interface ExtractedArticle {
  readonly title: string | null;
  /** The date as the original writes it: ISO 8601, RFC 2822, a PDF date ("D:20220211…"), YYYYMMDD. */
  readonly dateRaw: string | null;
  /** The article's own address (canonical link, feed item link), else null. */
  readonly url: string | null;
  /** The outlet's name as the original gives it (og:site_name, the feed's title), else null. */
  readonly outlet: string | null;
  readonly author: string | null;
  /** The language the original declares (html lang, xml:lang, Content-Language), as written; else null. */
  readonly language: string | null;
  /** Plain text, one paragraph each, never empty strings; headings are paragraphs too. */
  readonly paragraphs: readonly string[];
  /** What the reader could not do or had to guess ("read as windows-1251", "2 attachments not opened"). */
  readonly warnings: readonly string[];
  /**
   * Feeds only: names the item inside its file, stable when the feed is saved again with items added or
   * removed (from the item's guid or id, else its link, else its title and date). Letters, digits, "-", "_".
   */
  readonly itemKey?: string;
}

export type Extraction =
  | { readonly ok: true; readonly articles: readonly ExtractedArticle[] }
  | { readonly ok: false; readonly error: string };

export interface ReaderInput {
  readonly bytes: Uint8Array;
  /** The file's name (not its path), for readers that care about its ending. */
  readonly fileName: string;
}

/** A format's reader: never throws on the file's content; a file it cannot read is an error with a reason. */
export type FormatReader = (input: ReaderInput) => Promise<Extraction>;

export type { ArticleFormat };
