// Saved pages with known article text, for the extraction bench and its tests: Mozilla Readability's 130 test
// pages (unpacked at run time from ../shared/corpora, never committed), and optionally the ScrapingHub
// article-extraction-benchmark's 181 pages with human-marked article bodies, from a checkout of that repo.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parsePage } from '../../src-main/articles/formats/html/parse-page';

export const READABILITY_PAGES_ARCHIVE = resolve(__dirname, '../../../shared/corpora/readability-test-pages.tar.xz');

/** What Readability's test suite expects of a page's metadata (expected-metadata.json). */
export interface ExpectedMetadata {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly siteName?: string | null;
  readonly lang?: string | null;
  readonly publishedTime?: string | null;
}

export interface CorpusPage {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The article's text as the corpus gives it. */
  readonly expected: string;
  readonly metadata: ExpectedMetadata | null;
}

/** Unpacks the archive into `into` and returns the folder holding one folder per page. */
export async function unpackReadabilityPages(into: string): Promise<string> {
  await promisify(execFile)('tar', ['-xJf', READABILITY_PAGES_ARCHIVE, '-C', into]);
  return join(into, 'test', 'test-pages');
}

/** The text of an expected.html: its body's text, the way Readability's textContent reads it. */
function htmlText(html: string): string {
  return parsePage(html).body?.textContent ?? '';
}

export function readReadabilityPage(pagesDir: string, name: string): CorpusPage {
  const dir = join(pagesDir, name);
  const metadataFile = join(dir, 'expected-metadata.json');
  return {
    name,
    bytes: new Uint8Array(readFileSync(join(dir, 'source.html'))),
    expected: htmlText(readFileSync(join(dir, 'expected.html'), 'utf8')),
    metadata: existsSync(metadataFile) ? (JSON.parse(readFileSync(metadataFile, 'utf8')) as ExpectedMetadata) : null,
  };
}

export function readReadabilityPages(pagesDir: string): CorpusPage[] {
  return readdirSync(pagesDir)
    .filter((name) => existsSync(join(pagesDir, name, 'source.html')))
    .sort()
    .map((name) => readReadabilityPage(pagesDir, name));
}

/** A checkout of github.com/scrapinghub/article-extraction-benchmark: html/<id>.html.gz and ground-truth.json. */
export function readScrapinghubPages(repoDir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(repoDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      name: id.slice(0, 12),
      bytes: new Uint8Array(gunzipSync(readFileSync(join(repoDir, 'html', `${id}.html.gz`)))),
      expected: truth[id]?.articleBody ?? '',
      metadata: null,
    }));
}
