// Real text in many languages for tests, from Mozilla Readability's saved test pages (../shared/corpora,
// Apache License 2.0), unpacked per test file into a temporary folder. Their articles give real Chinese
// (gmw, qq) and Japanese (yahoo-4); the Wikipedia pages' links to the same article in other languages give
// real titles in Russian, Ukrainian, Arabic, Farsi, Greek, Hebrew, Chinese and Japanese.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';

/** Beside the project's root on every machine that runs its tests (CI included). */
export const CORPUS_ARCHIVE = resolve(__dirname, '../../../shared/corpora/readability-test-pages.tar.xz');

/** Unpacking reads the whole 2.8 MB xz stream: on a busy machine it takes seconds. */
export const CORPUS_TIMEOUT = 120_000;

export interface CorpusPages {
  /** The text of each paragraph of the page's article, as Readability's expected output has it. */
  paragraphs(page: string): string[];
  /** The page's title, as its expected metadata has it. */
  title(page: string): string;
  /** The page's titles in other languages, by language tag, from its interlanguage links. */
  otherLanguageTitles(page: string): Map<string, string>;
  close(): Promise<void>;
}

const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** Unpacks just these pages (by folder name: "gmw", "wikipedia-2"). */
export async function openCorpus(pages: readonly string[]): Promise<CorpusPages> {
  if (!existsSync(CORPUS_ARCHIVE)) throw new Error(`the test corpus is not at ${CORPUS_ARCHIVE}`);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-corpus-'));
  const folders = pages.map((page) => `test/test-pages/${page}`);
  await promisify(execFile)('tar', ['-xJf', CORPUS_ARCHIVE, '-C', dir, ...folders]);
  const read = (page: string, file: string): string => readFileSync(join(dir, 'test/test-pages', page, file), 'utf8');
  return {
    paragraphs: (page) => {
      const { document } = parseHTML(read(page, 'expected.html'));
      return [...document.querySelectorAll('p')].map((p) => squeeze(p.textContent ?? '')).filter(Boolean);
    },
    title: (page) => (JSON.parse(read(page, 'expected-metadata.json')) as { title: string }).title,
    otherLanguageTitles: (page) => {
      const { document } = parseHTML(read(page, 'source.html'));
      const titles = new Map<string, string>();
      for (const link of document.querySelectorAll('a.interlanguage-link-target')) {
        const lang = link.getAttribute('lang');
        // "Новая Зеландия – Russian": the title, then the language's English name.
        const title = link.getAttribute('title')?.replace(/ – [^–]+$/u, '');
        if (lang && title) titles.set(lang, title);
      }
      return titles;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
