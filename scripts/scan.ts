// `npm run scan -- <folder> [--json]`: reads a folder with the app's own scanner and parser and reports
// every article file it finds, as JSON lines or as a table with a summary. Exit 2 on bad usage.
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readArgs, UsageError } from './cli-args';
import { mapPool } from '../src-main/library/pool';
import { readCatalogEntry } from '../src-main/catalog/reading/read-entry';
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
} from './scan/scan-report';
import { type ScannedFile, scanLibrary } from '../src-main/library/scanner';

const USAGE = 'usage: npm run scan -- <folder> [--json]';
const HELP = `${USAGE}

Reads every article file under <folder> with Dossier's scanner and parser and reports each one.
  --json      one JSON object per line: path, ok, title, date, dateRaw, url, source, paragraphs,
              words, hash, warnings, error
  -h, --help  show this help`;
const CONCURRENCY = 8; // as the app's own library scan
const DEFAULT_WIDTH = 120;

interface Options {
  readonly folder: string;
  readonly json: boolean;
}

function parseCommandLine(argv: string[]): Options | 'help' {
  const parsed = readArgs(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help === true) return 'help';
  const [folder, ...extra] = parsed.positionals;
  if (folder === undefined) throw new UsageError('no folder given');
  if (extra.length > 0) throw new UsageError(`expected one folder, also got: ${extra.join(' ')}`);
  return { folder, json: parsed.values.json === true };
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

async function readRow(file: ScannedFile): Promise<ScanRow> {
  try {
    return toScanRow((await readCatalogEntry(file.id, file.path)).entry);
  } catch (error) {
    return failedRow(file.id, describeReadError(error));
  }
}

/** Reads files a few at a time and hands rows on in path order as soon as each one's turn comes. */
async function streamRows(files: readonly ScannedFile[], emit: (row: ScanRow) => void): Promise<void> {
  const finished = new Map<number, ScanRow>();
  let next = 0;
  await mapPool(Array.from(files.keys()), CONCURRENCY, async (index) => {
    finished.set(index, await readRow(files[index] as ScannedFile));
    for (let row = finished.get(next); row !== undefined; row = finished.get(next)) {
      finished.delete(next++);
      emit(row);
    }
    // A slow reader of our output (a pipe into another program) slows the reading down too.
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  });
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
    await streamRows(files, (row) => writeLine(formatJsonRow(row)));
    return 0;
  }
  const columns = process.stdout.isTTY ? process.stdout.columns : 0;
  const layout = tableLayout(
    files.map((file) => file.id),
    columns > 0 ? columns : DEFAULT_WIDTH,
  );
  let tally = EMPTY_TALLY;
  if (files.length > 0) writeLine(formatTableHeader(layout));
  await streamRows(files, (row) => {
    tally = addToTally(tally, row);
    writeLine(formatTableRow(row, layout));
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
