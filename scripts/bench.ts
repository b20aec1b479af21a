// npm run bench: speed and memory figures, each beside a baseline measured in the same run.
// Options: --only article-open|library|watcher|page-heap|evidence|intake|extraction|stories, --sizes
// 10000,100000 (page-heap: 1,000 and the largest; evidence: always 10,000), --articles 200 (intake: how many
// articles in each format), --scrapinghub DIR (extraction also scores a checkout of
// scrapinghub/article-extraction-benchmark)
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchArticleOpen } from './bench/article-open';
import { benchExtraction } from './bench/extraction';
import { formatExtraction } from './bench/extraction-table';
import { BenchLibraries } from './bench/bench-libraries';
import { benchLibrary } from './bench/library';
import { benchIntake, formatIntake } from './bench/intake';
import { benchPageHeap } from './bench/page/page-heap';
import { formatPageHeap } from './bench/page/page-heap-table';
import { benchEvidence } from './bench/page/evidence';
import { evidenceLine, formatEvidence } from './bench/page/evidence-table';
import { verdicts } from './bench/library-targets';
import { round } from './bench/stats';
import { benchStories } from './bench/stories';
import { benchWatchers } from './bench/watcher/watcher-bench';

const SECTIONS = ['article-open', 'library', 'watcher', 'page-heap', 'evidence', 'intake', 'extraction', 'stories'];
const DEFAULT_INTAKE_ARTICLES = 200;
const DEFAULT_SIZES = [10_000, 100_000];

function parseSizes(text: string | undefined): number[] {
  if (text === undefined) return DEFAULT_SIZES;
  const sizes = text.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes wants whole numbers, e.g. 10000,100000; got "${text}"`);
  return sizes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      articles: { type: 'string' },
      scrapinghub: { type: 'string' },
    },
  });
  const only = values.only;
  if (only !== undefined && !SECTIONS.includes(only))
    throw new Error(`--only wants one of ${SECTIONS.join(', ')}; got "${only}"`);
  const sizes = parseSizes(values.sizes);
  const articles = values.articles === undefined ? DEFAULT_INTAKE_ARTICLES : Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`--articles wants a whole number; got "${values.articles}"`);
  const libraries = new BenchLibraries();
  try {
    await runSections(only, sizes, libraries);
    if (only === undefined || only === 'evidence') await runEvidence(libraries);
    if (only === undefined || only === 'stories') await runStories(sizes, libraries);
    if (only === undefined || only === 'intake') await runIntake(articles);
    if (only === undefined || only === 'extraction') await runExtraction(values.scrapinghub);
  } finally {
    await libraries.removeAll();
  }
}

async function runSections(only: string | undefined, sizes: number[], libraries: BenchLibraries): Promise<void> {
  if (only === undefined || only === 'article-open') {
    process.stdout.write('Opening an article in the reader (Chromium, real services)\n');
    const r = await benchArticleOpen();
    const rows: [string, string][] = [
      ['article', `${r.words.toLocaleString()} words`],
      ['open with no highlights (median)', `${round(r.noneMedianMs)} ms`],
      [
        `open with ${r.highlights.toLocaleString()} highlights (median)`,
        `${round(r.withMedianMs)} ms  (${round(r.withMedianMs / r.noneMedianMs, 2)}x)`,
      ],
      ['first open after an edit above them all', `${round(r.afterEditMs)} ms`],
    ];
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
    await writeFile('bench-article-open.json', JSON.stringify(r, null, 2) + '\n');
  }
  if (only === undefined || only === 'library') {
    process.stdout.write(
      `\nThe library at scale: ${sizes.map((n) => n.toLocaleString('en-US')).join(' and ')} articles\n`,
    );
    const figures = await benchLibrary(libraries, sizes);
    await writeFile('bench-results.json', JSON.stringify(figures, null, 2) + '\n');
    for (const [size, f] of Object.entries(figures)) {
      const { met, missed } = verdicts(f);
      process.stdout.write(
        `  ${Number(size).toLocaleString('en-US')}: ${met} targets met` +
          `${missed.length > 0 ? `; missed: ${missed.join('; ')}` : ''}\n`,
      );
    }
    process.stdout.write('  figures written to bench-results.json\n');
  }
  if (only === undefined || only === 'watcher') {
    process.stdout.write(
      `\nWatching the library: ${sizes.map((n) => n.toLocaleString('en-US')).join(' and ')} articles\n`,
    );
    const runs = await benchWatchers(libraries, sizes);
    await writeFile('bench-watcher.json', JSON.stringify(runs, null, 2) + '\n');
    process.stdout.write('  figures written to bench-watcher.json\n');
  }
  if (only === undefined || only === 'page-heap') {
    const large = Math.max(...sizes);
    process.stdout.write(`\nThe page's JS heap with a library open (Chromium, real services)\n`);
    const result = await benchPageHeap(libraries, large);
    process.stdout.write(formatPageHeap(result, large));
    await writeFile('bench-page-heap.json', JSON.stringify(result, null, 2) + '\n');
    process.stdout.write('  figures written to bench-page-heap.json\n');
  }
}

async function runEvidence(libraries: BenchLibraries): Promise<void> {
  process.stdout.write('\nThe evidence table with 20,000 highlights (Chromium, real services)\n');
  const result = await benchEvidence(libraries);
  process.stdout.write(formatEvidence(result));
  process.stdout.write(evidenceLine(result));
  await writeFile('bench-evidence.json', JSON.stringify(result, null, 2) + '\n');
  process.stdout.write('  figures written to bench-evidence.json\n');
}

async function runStories(sizes: number[], libraries: BenchLibraries): Promise<void> {
  process.stdout.write('\nCopies of a story: quality on real text, and the cost of clustering at scale\n');
  const result = await benchStories(libraries, sizes);
  await writeFile('bench-stories.json', JSON.stringify(result, null, 2) + '\n');
  process.stdout.write('  figures written to bench-stories.json\n');
}

async function runIntake(articles: number): Promise<void> {
  process.stdout.write(`\nIntake: ${articles} articles as text, web pages and PDFs, parsed by parseFile\n`);
  const result = await benchIntake(articles, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(formatIntake(result));
  await writeFile('bench-intake.json', JSON.stringify(result, null, 2) + '\n');
  process.stdout.write('  figures written to bench-intake.json\n');
}

async function runExtraction(scrapinghub: string | undefined): Promise<void> {
  process.stdout.write('\nArticle extraction from saved web pages: Dossier beside Readability.js\n');
  const corpora = await benchExtraction(scrapinghub === undefined ? {} : { scrapinghub });
  for (const corpus of corpora) process.stdout.write(formatExtraction(corpus));
  await writeFile('bench-extraction.json', JSON.stringify(corpora, null, 2) + '\n');
  process.stdout.write('  figures written to bench-extraction.json\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
