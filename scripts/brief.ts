// `npm run brief -- <brief.json> --format md|html|docx|pdf|json --out <file>`: renders a brief exported from
// the app with the app's own renderers; PDF prints the HTML with the system's headless Chromium, as the
// app prints it with Electron's printToPDF. Exit 2 on bad usage, 1 when the file is not a brief.
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { BriefExportOptions, BriefFormat } from '../src-preload/contract';
import { parseBriefJson } from '../src-shared/briefs/brief-json';
import { DEFAULT_EXPORT_OPTIONS } from '../src-shared/briefs/export-options';
import { pdfChrome } from '../src-shared/briefs/pdf-chrome';
import { renderBrief } from '../src-shared/briefs/render';
import { renderHtml } from '../src-shared/briefs/render-html';
import { writeFileAtomic } from '../src-main/files/atomic-write';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { readArgs, UsageError } from './cli-args';

const USAGE = 'usage: npm run brief -- <brief.json> --format md|html|docx|pdf|json --out <file>';
const HELP = `${USAGE}

Renders a brief saved as JSON (the app's "JSON" export) to another format.
  --format    md, html, docx, pdf or json (json re-writes the brief, checked and pretty-printed)
  --out       the file to write; relative paths are relative to where npm was run
  --notes, --tags, --meanings
              also export the analyst's highlight notes, tags, colour meanings (off, as in the app)
  --author-date
              cite as (outlet, year, para.) instead of numbered notes
  --keep-tracking
              keep tracking parameters (utm_*, fbclid …) on URLs
  -h, --help  show this help
PDF needs Chromium: /usr/bin/chromium, or the path in CHROMIUM_PATH.`;
const FORMATS: readonly BriefFormat[] = ['md', 'html', 'docx', 'pdf', 'json'];

interface Options {
  readonly input: string;
  readonly format: BriefFormat;
  readonly out: string;
  readonly exportOptions: BriefExportOptions;
}

function isFormat(value: string): value is BriefFormat {
  return (FORMATS as readonly string[]).includes(value);
}

function parseCommandLine(argv: string[]): Options | 'help' {
  const parsed = readArgs(argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
    notes: { type: 'boolean' },
    tags: { type: 'boolean' },
    meanings: { type: 'boolean' },
    'author-date': { type: 'boolean' },
    'keep-tracking': { type: 'boolean' },
  });
  if (parsed.values.help === true) return 'help';
  const [input, ...extra] = parsed.positionals;
  const { format, out } = parsed.values;
  if (input === undefined) throw new UsageError('no brief file given');
  if (extra.length > 0) throw new UsageError(`expected one brief file, also got: ${extra.join(' ')}`);
  if (format === undefined) throw new UsageError(`no --format given (${FORMATS.join(', ')})`);
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}": expected ${FORMATS.join(', ')}`);
  if (out === undefined || out === '') throw new UsageError('no --out file given');
  const flags = parsed.values;
  const exportOptions: BriefExportOptions = {
    ...DEFAULT_EXPORT_OPTIONS,
    includeNotes: flags.notes === true,
    includeTags: flags.tags === true,
    includeMeanings: flags.meanings === true,
    citationStyle: flags['author-date'] === true ? 'author-date' : 'numbered',
    stripTracking: flags['keep-tracking'] !== true,
  };
  return { input, format, out, exportOptions };
}

/** `npm run` starts scripts in the package folder; a relative path means relative to where npm was run. */
function fromWhereRun(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function printPdf(html: string, chrome: { headerTemplate: string; footerTemplate: string }): Promise<Uint8Array> {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath))
    throw new Error(`Chromium not found at ${executablePath}; set CHROMIUM_PATH to print PDF`);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true, ...chrome });
  } finally {
    await browser.close();
  }
}

async function run(argv: string[]): Promise<number> {
  let options: Options | 'help';
  let input: string;
  let out: string;
  try {
    options = parseCommandLine(argv);
    if (options === 'help') {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    input = fromWhereRun(options.input);
    out = fromWhereRun(options.out);
    const info = await stat(input).catch(() => null);
    if (info === null) throw new UsageError(`brief file not found: ${options.input}`);
    if (!info.isFile()) throw new UsageError(`not a file: ${options.input}`);
    if (out === input) throw new UsageError('--out is the brief file itself; choose another file');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`brief: ${error.message}\n${USAGE}\n`);
    return 2;
  }

  let document;
  try {
    document = parseBriefJson(await readFile(input, 'utf8'));
  } catch (error) {
    process.stderr.write(`brief: ${options.input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const bytes =
    options.format === 'pdf'
      ? await printPdf(renderHtml(document, options.exportOptions), pdfChrome(document, options.exportOptions))
      : (await renderBrief(document, options.format, options.exportOptions)).bytes;
  await mkdir(dirname(out), { recursive: true });
  await writeFileAtomic(out, bytes); // as the app writes an export: the old file or the new, never a part
  process.stdout.write(`brief: wrote ${out} (${bytes.length} bytes)\n`);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`brief: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
