// `npm run scan -- <folder> [--json] [--text]`: reads a folder with the app's own scanner and parser (and its
// read worker, with its time limit for each file that is not plain text) and reports every article it finds,
// as JSON lines or as a table with a summary; a feed file gives one line per item. JSON lines also tell the
// copies of one story among the folder's articles (src-main/stories), so they are written once all is read.
// Exit 2 on bad usage.
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readArgs, UsageError } from './cli-args';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../src-main/articles/types';
import { FileReader } from '../src-main/catalog/reading/file-reader';
import { mapPool } from '../src-main/library/pool';
import {
  addToTally,
  describeReadError,
  EMPTY_TALLY,
  failedRow,
  formatJsonRow,
  formatSummary,
  formatTableHeader,
  formatTableRow,
  type ScanRow,
  tableLayout,
  toScanRow,
  withStory,
} from './scan/scan-report';
import { type ScannedFile, scanLibrary } from '../src-main/library/scanner';
import { storySignature, type StorySignature } from '../src-main/stories/signature';
import { StoryGroups } from '../src-main/stories/story-groups';

/** Worker threads run TypeScript source through tsx, as the scan itself does. */
const TSX = ['--import', 'tsx'];

const USAGE = 'usage: npm run scan -- <folder> [--json] [--text]';
const HELP = `${USAGE}

Reads every article file under <folder> (text, Markdown, web pages, PDF, Word, e-mail, feeds) with
Dossier's scanner and parser and reports each article.
  --json      one JSON object per line: path, ok, title, date, dateRaw, url, source, paragraphs,
              words, hash, warnings, error, format, language, author, outlet, cluster (the same
              string for every copy of one story, null when the article has no copy) and origin
              (true for the story's first publisher); a feed file gives one line per item, with
              item (its key in the file) and id after path
  --text      with --json, also text: the paragraphs joined by "\\n", as highlights anchor to them
  -h, --help  show this help`;
/** The read worker the app reads other formats than text in, from source (tsx loads it). */
const READ_WORKER = resolve(__dirname, '../src-main/catalog/workers/read-worker.ts');
const CONCURRENCY = 8; // as the app's own library scan
const DEFAULT_WIDTH = 120;

interface Options {
  readonly folder: string;
  readonly json: boolean;
  readonly text: boolean;
}

function parseCommandLine(argv: string[]): Options | 'help' {
  const parsed = readArgs(argv, {
    json: { type: 'boolean' },
    text: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (parsed.values.help === true) return 'help';
  const [folder, ...extra] = parsed.positionals;
  if (folder === undefined) throw new UsageError('no folder given');
  if (extra.length > 0) throw new UsageError(`expected one folder, also got: ${extra.join(' ')}`);
  if (parsed.values.text === true && parsed.values.json !== true) throw new UsageError('--text goes with --json');
  return { folder, json: parsed.values.json === true, text: parsed.values.text === true };
}

/** `npm run` starts scripts in the package folder; a relative folder means relative to where npm was run. */
async function checkFolder(folder: string): Promise<string> {
  const full = resolve(process.env.INIT_CWD ?? process.cwd(), folder);
  const info = await stat(full).catch((error: unknown) => {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`folder not found: ${folder}`);
    throw new UsageError(`cannot open folder ${folder}: ${describeReadError(error)}`);
  });
  if (!info.isDirectory()) throw new UsageError(`not a folder: ${folder}`);
  return full;
}

/** A row, and with --json the article's story signature (null when it has no text). */
interface ReadRow {
  readonly row: ScanRow;
  readonly id: string;
  readonly date: string | null;
  readonly signature: StorySignature | null;
}

interface ReadOptions {
  readonly withText: boolean;
  readonly signatures: boolean;
}

/** A file's rows: its article, a feed's items, or one broken row; none when it vanished meanwhile. */
async function readRows(reader: FileReader, file: ScannedFile, options: ReadOptions): Promise<ReadRow[]> {
  try {
    const [read] = await reader.now([file]);
    return (read?.rows ?? []).map(({ entry, text }) => ({
      row: toScanRow(entry, options.withText ? (text?.paragraphs ?? []) : undefined),
      id: entry.id,
      date: entry.ok ? entry.date : null,
      signature: options.signatures && entry.ok && text ? storySignature(text.title, text.paragraphs) : null,
    }));
  } catch (error) {
    return [{ row: failedRow(file.id, describeReadError(error)), id: file.id, date: null, signature: null }];
  }
}

/** Reads files a few at a time and hands rows on in path order as soon as each one's turn comes. */
async function streamRows(
  files: readonly ScannedFile[],
  options: ReadOptions,
  emit: (rows: readonly ReadRow[]) => void,
): Promise<void> {
  const reader = new FileReader({ maxBytes: DEFAULT_MAX_ARTICLE_BYTES, readerScript: READ_WORKER, execArgv: TSX });
  const finished = new Map<number, ReadRow[]>();
  let next = 0;
  try {
    await mapPool(Array.from(files.keys()), CONCURRENCY, async (index) => {
      finished.set(index, await readRows(reader, files[index] as ScannedFile, options));
      for (let rows = finished.get(next); rows !== undefined; rows = finished.get(next)) {
        finished.delete(next++);
        emit(rows);
      }
      // A slow reader of our output (a pipe into another program) slows the reading down too.
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    });
  } finally {
    await reader.close();
  }
}

function writeLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function run(argv: string[]): Promise<number> {
  let options: Options | 'help';
  let root: string;
  try {
    options = parseCommandLine(argv);
    if (options === 'help') {
      writeLine(HELP);
      return 0;
    }
    root = await checkFolder(options.folder);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`scan: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  const files = await scanLibrary(root);
  if (options.json) {
    // Rows wait for the whole folder: a copy read last may make the first row's article an origin.
    const read: ReadRow[] = [];
    const stories = new StoryGroups();
    await streamRows(files, { withText: options.text, signatures: true }, (rows) => {
      for (const row of rows) {
        read.push(row.signature ? row : { ...row, signature: null });
        if (row.signature) stories.add(row.id, row.date, row.signature);
      }
    });
    const places = stories.places();
    for (const { row, id } of read) {
      const place = places.get(id);
      writeLine(formatJsonRow(place ? withStory(row, place) : row));
    }
    return 0;
  }
  const columns = process.stdout.isTTY ? process.stdout.columns : 0;
  const layout = tableLayout(
    files.map((file) => file.id),
    columns > 0 ? columns : DEFAULT_WIDTH,
  );
  let tally = EMPTY_TALLY;
  if (files.length > 0) writeLine(formatTableHeader(layout));
  await streamRows(files, { withText: false, signatures: false }, (rows) => {
    rows.forEach(({ row }, i) => {
      tally = addToTally(tally, row, i === 0);
      writeLine(formatTableRow(row, layout));
    });
  });
  writeLine(`${files.length > 0 ? '\n' : ''}${formatSummary(tally)}`);
  return 0;
}

// `scan --json | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`scan: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
