// Bench: intake speed (files and pages per second) of text, web pages and PDFs, the same articles in each, parsed
// by parseFile in one run (text is the baseline); and the read worker's peak heap on a ~50 MB PDF and a ~20 MB
// web page, on a thread with the read worker's caps (intake-heap.ts).
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseFile } from '../../src-main/articles/formats/parse-file';
import { loadPdfJs } from '../../src-main/articles/formats/pdf/pdfjs-load';
import { intakeCorpus } from './intake-corpus';
import { READ_WORKER_HEAP_MB } from '../../src-main/catalog/reading/entry-reader';
import { heapOnLargeFiles, type HeapRun } from './intake-heap';
import { round } from './stats';

export interface FormatSpeed {
  readonly format: 'txt' | 'html' | 'pdf';
  readonly files: number;
  readonly read: number;
  /** The first reason a file was not read, when some were not. */
  readonly firstError: string | null;
  readonly pages: number;
  readonly seconds: number;
  readonly filesPerSecond: number;
  readonly pagesPerSecond: number;
  readonly megabytes: number;
}

export interface LargeFile {
  readonly file: string;
  readonly megabytes: number;
  readonly pages: number | null;
  readonly runs: readonly HeapRun[];
}

export interface IntakeResult {
  readonly articles: number;
  /** The first PDF parsed in this process: pdf.js's load included. */
  readonly pdfFirstMs: number;
  readonly speeds: readonly FormatSpeed[];
  readonly large: readonly LargeFile[];
}

async function pdfPages(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

async function timeFormat(format: FormatSpeed['format'], paths: readonly string[]): Promise<FormatSpeed> {
  const files = await Promise.all(paths.map(async (path) => ({ name: basename(path), bytes: await readFile(path) })));
  const pages =
    format === 'pdf'
      ? (await Promise.all(files.map((f) => pdfPages(f.bytes)))).reduce((a, b) => a + b, 0)
      : files.length;
  let read = 0;
  let firstError: string | null = null;
  const start = performance.now();
  for (const file of files) {
    const result = await parseFile(new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.length), {
      fileName: file.name,
    });
    if (result.ok) read += 1;
    else firstError ??= result.error;
  }
  const seconds = (performance.now() - start) / 1000;
  const megabytes = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  return {
    format,
    files: files.length,
    read,
    firstError,
    pages,
    seconds,
    filesPerSecond: files.length / seconds,
    pagesPerSecond: pages / seconds,
    megabytes,
  };
}

export async function benchIntake(count: number, log: (line: string) => void): Promise<IntakeResult> {
  const corpus = await intakeCorpus(count, log);
  const firstPdf = corpus.files.pdf[0];
  if (firstPdf === undefined) throw new Error('no PDFs were made');
  const firstStart = performance.now();
  await parseFile(new Uint8Array(await readFile(firstPdf)), { fileName: basename(firstPdf) });
  const pdfFirstMs = performance.now() - firstStart;
  const speeds: FormatSpeed[] = [];
  for (const format of ['txt', 'html', 'pdf'] as const) speeds.push(await timeFormat(format, corpus.files[format]));
  const bigFiles = [corpus.bigPdf, corpus.bigHtml];
  const runs = await heapOnLargeFiles(bigFiles);
  const large: LargeFile[] = [];
  for (const [i, file] of bigFiles.entries()) {
    const pages = file.endsWith('.pdf') ? await pdfPages(await readFile(file)) : null;
    large.push({ file, megabytes: (await stat(file)).size / 1e6, pages, runs: runs[i] ?? [] });
  }
  return { articles: count, pdfFirstMs, speeds, large };
}

const mb = (bytes: number): string => `${round(bytes / 1024 / 1024)} MB`;

function describeRun(run: HeapRun): string {
  const cap = `old generation ${run.oldGenerationMb} MB`;
  if (run.outOfMemory) return `${cap}: out of memory`;
  if (run.reply === null) return `${cap}: failed (${run.failure ?? 'no reply'})`;
  const outcome = run.reply.ok ? `${run.reply.paragraphs.toLocaleString('en-US')} paragraphs` : run.reply.error;
  const peak = Math.max(run.reply.peakHeapBytes, run.parentPeakBytes);
  return `${cap}: peak heap ${mb(peak)}, ${round(run.reply.ms / 1000, 2)} s, ${outcome}`;
}

export function formatIntake(result: IntakeResult): string {
  const lines: string[] = [];
  const base = result.speeds.find((s) => s.format === 'txt');
  for (const s of result.speeds) {
    const files = `${s.files} files, ${round(s.megabytes)} MB`;
    if (s.read === 0) {
      lines.push(`  ${s.format.padEnd(5)} ${files}: none read (${s.firstError ?? ''}), no speed to tell`);
      continue;
    }
    const ratio = base && s !== base ? base.filesPerSecond / s.filesPerSecond : null;
    const vs = ratio === null ? '' : `  (${round(ratio)}x the time of text)`;
    const pages = s.format === 'pdf' ? `, ${round(s.pagesPerSecond)} pages/s (${s.pages} pages)` : '';
    const failed = s.read < s.files ? `; ${s.files - s.read} not read: ${s.firstError ?? ''}` : '';
    lines.push(`  ${s.format.padEnd(5)} ${files}: ${round(s.filesPerSecond)} files/s${pages}${vs}${failed}`);
  }
  lines.push(`  first PDF of the run (loads pdf.js): ${round(result.pdfFirstMs)} ms`);
  for (const large of result.large) {
    const pages = large.pages === null ? '' : `, ${large.pages.toLocaleString('en-US')} pages`;
    lines.push(`  ${basename(large.file)} (${round(large.megabytes)} MB${pages}) on a read-worker thread:`);
    for (const run of large.runs) lines.push(`    ${describeRun(run)}`);
    const fits = large.runs.find((r) => !r.outOfMemory);
    if (fits) {
      const verdict = fits.oldGenerationMb <= READ_WORKER_HEAP_MB ? 'within' : 'OVER';
      lines.push(`    needs ${fits.oldGenerationMb} MB: ${verdict} the read worker's ${READ_WORKER_HEAP_MB} MB cap`);
    }
  }
  return lines.join('\n') + '\n';
}
