// A small real library for the search tests: the seed article and the shipped samples, parsed by the real
// parser, catalogued by the real Catalog (its own connection) and indexed through a second connection.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach } from 'vitest';
import type { ArticleEntry } from '../../../../src-preload/contract';
import { parseArticle } from '../../../../src-main/articles/parse';
import type { ParsedArticle } from '../../../../src-main/articles/types';
import { Catalog } from '../../../../src-main/catalog/catalog';
import {
  createSearchSchema,
  indexArticle,
  removeArticle,
  renameArticle,
} from '../../../../src-main/search/search-index';
import { SEED_TEXT } from '../../../support/temp-library';

export const ROOT = '/library';

const read = (url: URL): string => readFileSync(url, 'utf8');
const SAMPLES = new URL('../../../../resources/sample-library/', import.meta.url);
export const SEED = SEED_TEXT;
export const HARBOUR = read(new URL('2024-03-harbour-strike.txt', SAMPLES));
export const HOUSING = read(new URL('2024-04-council-housing-vote.txt', SAMPLES));
export const FLOOD = read(new URL('2024-05-river-flood-warning.txt', SAMPLES));
export const GLACIER = read(new URL('2024-06-glacier-microbes-study.txt', SAMPLES));

/** The same article with other header lines: [title, date line, URL]; undefined keeps a line. */
export function variant(text: string, title?: string, dateLine?: string, url?: string): string {
  const lines = text.split('\n');
  if (title !== undefined) lines[0] = title;
  if (dateLine !== undefined) lines[1] = dateLine;
  if (url !== undefined) lines[2] = url;
  return lines.join('\n');
}

/** The library every search test starts from: path -> file text. */
export const LIBRARY: Readonly<Record<string, string>> = {
  'russia/blinken-lavrov.txt': SEED,
  // Lavrov only in the body: the title is new, the text is the seed's.
  'russia/2022/talks-next-week.txt': variant(
    SEED,
    'US and Russia agree on talks next week',
    '20220218',
    'https://www.example.com/world/talks',
  ),
  'uk/ports/harbour-strike.txt': HARBOUR,
  'uk/council-housing-vote.txt': HOUSING,
  'uk/river-flood-warning.txt': FLOOD,
  // The flood report's text under a title with "council" in it ("council" is in its body once).
  'uk/river-flood-council.txt': variant(FLOOD, 'Council warns of flooding on lower River Senn', '20240522'),
  'uk-archive/harbour-strike-copy.txt': variant(HARBOUR, 'Port Ardley strike: archive copy', '20230101'),
  'science/glacier-microbes-study.txt': GLACIER,
  'science/glacier-undated.txt': variant(GLACIER, 'Microbes darken mountain glaciers', 'unknown'),
};

export function parse(text: string): ParsedArticle {
  const result = parseArticle(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`fixture did not parse: ${result.error}`);
  return result.article;
}

function entryOf(id: string, article: ParsedArticle): ArticleEntry {
  const { title, date, dateRaw, url, source, domain, outlet, author, language, format } = article;
  const { paragraphs, words, hash, warnings } = article;
  return {
    id,
    ok: true,
    title,
    date,
    dateRaw,
    url,
    source,
    domain,
    outlet,
    author,
    language,
    format,
    paragraphs: paragraphs.length,
    words,
    hash,
    warnings,
    size: 1,
    mtimeMs: 0,
  };
}

export class FixtureLibrary {
  private constructor(
    private readonly dir: string,
    readonly catalog: Catalog,
    readonly db: DatabaseSync,
  ) {}

  static async open(files: Readonly<Record<string, string>> = LIBRARY): Promise<FixtureLibrary> {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-search-'));
    const file = join(dir, 'catalog.sqlite');
    const catalog = new Catalog(file);
    const db = new DatabaseSync(file);
    createSearchSchema(db);
    const library = new FixtureLibrary(dir, catalog, db);
    for (const [path, text] of Object.entries(files)) library.put(path, text);
    return library;
  }

  /** Adds or replaces an article, as the app does after reading a file. */
  put(path: string, text: string, root = ROOT): void {
    const article = parse(text);
    this.catalog.upsert(root, entryOf(path, article));
    this.db.exec('BEGIN');
    indexArticle(this.db, root, path, article);
    this.db.exec('COMMIT');
  }

  /** Sets the language the catalog holds for an article, as a detector would have told it. */
  setLanguage(path: string, language: string | null, root = ROOT): void {
    const entry = this.catalog.get(root, path);
    if (!entry?.ok) throw new Error(`no article ${path}`);
    this.catalog.upsert(root, { ...entry, language });
  }

  remove(path: string): void {
    this.catalog.remove(ROOT, path);
    removeArticle(this.db, ROOT, path);
  }

  rename(from: string, to: string): void {
    const entry = this.catalog.get(ROOT, from);
    if (!entry) throw new Error(`no ${from}`);
    this.catalog.remove(ROOT, from);
    this.catalog.upsert(ROOT, { ...entry, id: to });
    renameArticle(this.db, ROOT, from, to);
  }

  async close(): Promise<void> {
    this.db.close();
    this.catalog.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** For every test of the calling file: the library opened (with `files`, by default LIBRARY) and closed after. */
export function withFixtureLibrary(
  take: (library: FixtureLibrary) => void,
  files?: Readonly<Record<string, string>>,
): void {
  let current: FixtureLibrary | null = null;
  beforeEach(async () => {
    current = await FixtureLibrary.open(files);
    take(current);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
}
