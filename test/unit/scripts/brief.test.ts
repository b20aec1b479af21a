// Runs the real `brief` command (tsx scripts/brief.ts) as a child process: Markdown and HTML files equal to
// what the renderers give, PDF through the system's Chromium when there is one, and exit 2 on bad usage.
import { runScript, SCRIPT_TEST, type ScriptRun } from './run-script';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../src-shared/briefs/render-markdown';
import { FIXTURE, FIXTURE_PATH, QUOTES } from '../shared/briefs/brief-support';
import { CHROMIUM_PATH } from '../../../scripts/chromium';

const fixture = fileURLToPath(FIXTURE_PATH);

const USAGE = 'usage: npm run brief -- <brief.json> --format md|html|docx|pdf|json --out <file>';

function brief(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  return runScript('scripts/brief.ts', args, env);
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-brief-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('brief', SCRIPT_TEST, () => {
  it('writes Markdown equal to the renderer output and says where', async () => {
    const out = join(dir, 'brief.md');
    const run = await brief([fixture, '--format', 'md', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^brief: wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes\\)\n$`),
    );
    expect(await readFile(out, 'utf8')).toBe(renderMarkdown(FIXTURE));
  });

  it('writes HTML, resolving relative paths from where npm was run (INIT_CWD), into a new folder', async () => {
    await copyFile(fixture, join(dir, 'copy-brief.json'));
    const run = await brief(['copy-brief.json', '--format', 'html', '--out', 'nested/brief.html'], { INIT_CWD: dir });
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, 'nested', 'brief.html'), 'utf8')).toBe(renderHtml(FIXTURE));
  });

  it('prints a PDF of the HTML with headless Chromium', async (context) => {
    if (!existsSync(CHROMIUM_PATH)) context.skip(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    const out = join(dir, 'brief.pdf');
    const run = await brief([fixture, '--format', 'pdf', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
    if (pdftotext.error !== undefined) return; // No pdftotext: the PDF header is all that can be checked.
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).stdout;
    // Lines wrap anywhere in print, so compare with all white space removed.
    const squeezed = text.replace(/\s+/g, '');
    for (const quote of QUOTES) expect(squeezed).toContain(quote.replace(/\s+/g, ''));
    expect(squeezed).toContain('Russia<b>&</b>NATO"talks"');
  });
});

describe('brief usage', SCRIPT_TEST, () => {
  it('exits 2 with the reason and the usage line for bad arguments', async () => {
    const runs = await Promise.all([
      brief([]),
      brief([fixture, '--out', join(dir, 'x.md')]),
      brief([fixture, '--format', 'rtf', '--out', join(dir, 'x.rtf')]),
      brief([fixture, '--format', 'md']),
      brief([fixture, '--format', 'md', '--out', join(dir, 'x.md'), '--colour']),
      brief([join(dir, 'missing.json'), '--format', 'md', '--out', join(dir, 'x.md')]),
      brief([fixture, 'second.json', '--format', 'md', '--out', join(dir, 'x.md')]),
      brief([fixture, '--format', 'json', '--out', fixture]),
    ]);
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(runs.map((run) => run.stderr.split('\n')[0])).toEqual([
      'brief: no brief file given',
      'brief: no --format given (md, html, docx, pdf, json)',
      'brief: unknown format "rtf": expected md, html, docx, pdf, json',
      'brief: no --out file given',
      'brief: unknown option --colour',
      `brief: brief file not found: ${join(dir, 'missing.json')}`,
      'brief: expected one brief file, also got: second.json',
      'brief: --out is the brief file itself; choose another file',
    ]);
    for (const run of runs) expect(run.stderr.split('\n')[1]).toBe(USAGE);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('exits 1 with the reason for a file that is not a brief', async () => {
    const notBrief = join(dir, 'article.json');
    await writeFile(notBrief, '{"title": "an article"}');
    const run = await brief([notBrief, '--format', 'md', '--out', join(dir, 'y.md')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `brief: ${notBrief}: not a Dossier brief: expected a JSON object with "format": "dossier-brief"\n`,
    );
  });

  it('prints the usage and exits 0 for --help', async () => {
    const run = await brief(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`${USAGE}\n`)).toBe(true);
  });
});
