// Runs the real `scan` command (tsx scripts/scan.ts) as a child process over a temp folder of awkward files.
import { REPO_ROOT, runScript, SCRIPT_TEST, type ScriptRun } from './run-script';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_ITEMS, rss2 } from '../../support/feeds';
import { articleFile, republished, story, trimmed } from '../main/stories/story-text';

const seedArticle = resolve(REPO_ROOT, 'test/fixtures/articles/000_08978045df2b272e.txt');

const KEYS = [
  'path',
  'ok',
  'title',
  'date',
  'dateRaw',
  'url',
  'source',
  'paragraphs',
  'words',
  'hash',
  'warnings',
  'error',
  'format',
  'language',
  'author',
  'outlet',
  'cluster',
  'origin',
];

function scan(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  return runScript('scripts/scan.ts', args, env);
}

let library: string;

beforeAll(async () => {
  library = await mkdtemp(join(tmpdir(), 'dossier-scan-'));
  await copyFile(seedArticle, join(library, '000_08978045df2b272e.txt'));
  await mkdir(join(library, 'europe', 'baltics'), { recursive: true });
  await writeFile(
    join(library, 'europe', 'baltics', 'riga.txt'),
    'Riga port reopens\r\n20240301\r\nhttps://example.org/riga\r\nThe port reopened on Friday.\r\nShips queued.\r\n',
  );
  await writeFile(join(library, 'binary.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  await writeFile(join(library, 'empty.txt'), '');
  await writeFile(join(library, 'bad-date.txt'), 'Date from nowhere\n20221345\nhttps://example.org/x\nBody text.\n');
  // Not looked at: hidden files, editor temp files and other file types.
  await writeFile(join(library, '.hidden.txt'), 'Hidden\n20240101\n');
  await writeFile(join(library, 'draft.txt.swp'), 'swap');
  await writeFile(join(library, 'photo.jpg'), 'jpg');
});

afterAll(async () => {
  await rm(library, { recursive: true, force: true });
});

describe('scan --json', SCRIPT_TEST, () => {
  it('prints one JSON object per file, in path order, with the documented keys, and exits 0', async () => {
    const run = await scan([library, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const row of rows) expect(Object.keys(row)).toEqual(KEYS);
    expect(rows.map((row) => row.path)).toEqual([
      '000_08978045df2b272e.txt',
      'bad-date.txt',
      'binary.txt',
      'empty.txt',
      'europe/baltics/riga.txt',
    ]);
    const [seed, badDate, binary, empty, nested] = rows;

    expect(seed).toMatchObject({
      ok: true,
      title: 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine',
      date: '2022-02-11',
      dateRaw: '20220211',
      paragraphs: 8,
      warnings: [],
      error: null,
    });
    expect(seed?.url).toMatch(/^https:\/\/www\.russiaherald\.com\/news\//);
    expect(seed?.words).toBeGreaterThan(200);
    expect(seed?.hash).toMatch(/^[0-9a-f]{64}$/);

    expect(badDate).toMatchObject({ ok: true, date: null, dateRaw: '20221345', error: null });
    // The parser owns the wording; the scan must pass on exactly one warning, naming the bad date.
    expect(badDate?.warnings).toEqual([expect.stringContaining('20221345')]);

    const blank = { title: null, date: null, dateRaw: null, url: null, paragraphs: 0, words: 0, warnings: [] };
    expect(binary).toMatchObject({ ok: false, ...blank, error: 'binary file: not text' });
    expect(empty).toMatchObject({ ok: false, ...blank, error: 'empty file' });

    expect(nested).toMatchObject({
      ok: true,
      title: 'Riga port reopens',
      date: '2024-03-01',
      url: 'https://example.org/riga',
      paragraphs: 2,
      words: 7,
      warnings: [],
      error: null,
    });
  });

  it('reads a relative folder from where npm was run (INIT_CWD), not from the package folder', async () => {
    const run = await scan([basename(library), '--json'], { INIT_CWD: dirname(library) });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('scan --json over other formats', SCRIPT_TEST, () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'dossier-scan-formats-'));
    await copyFile(seedArticle, join(folder, 'a.txt'));
    await mkdir(join(folder, 'feeds'));
    await writeFile(join(folder, 'feeds', 'world.rss'), rss2(FEED_ITEMS.slice(0, 3)));
    await writeFile(
      join(folder, 'feeds', 'settings.xml'),
      '<?xml version="1.0"?><settings><theme>dark</theme></settings>',
    );
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints one line per feed item (path, item, id), each with format, language, author and outlet', async () => {
    const run = await scan([folder, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => [row.path, row.ok, row.format])).toEqual([
      ['a.txt', true, 'text'],
      ['feeds/settings.xml', false, 'feed'],
      ['feeds/world.rss', true, 'feed'],
      ['feeds/world.rss', true, 'feed'],
      ['feeds/world.rss', true, 'feed'],
    ]);
    expect(rows[1]).toMatchObject({ error: 'not a feed (RSS or Atom): its root element is <settings>' });
    const items = rows.slice(2);
    expect(items.map((row) => row.title)).toEqual(FEED_ITEMS.slice(0, 3).map((item) => item.title));
    for (const row of items) {
      expect(Object.keys(row)).toEqual(['path', 'item', 'id', ...KEYS.slice(1)]);
      expect(row.item).toMatch(/^[0-9a-f]{16}$/);
      expect(row.id).toBe(`feeds/world.rss#${String(row.item)}`);
      expect(row).toMatchObject({ outlet: 'World Desk', language: 'en' });
    }
    expect(items.map((row) => row.author)).toEqual(FEED_ITEMS.slice(0, 3).map((item) => item.author));
    expect(rows[0]).not.toHaveProperty('text');
  });

  it("adds each article's text with --text: its paragraphs joined by a line break", async () => {
    const run = await scan([folder, '--json', '--text']);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const seedLines = (await readFile(seedArticle, 'utf8')).trim().split('\n');
    expect(rows[0]?.text).toBe(seedLines.slice(3).join('\n'));
    expect(rows[1]).not.toHaveProperty('text');
    // The seed article as a feed item (its second): the same paragraphs, whatever file it came in.
    expect(rows[3]?.text).toBe(seedLines.slice(3).join('\n'));
    expect(String(rows[2]?.text)).toContain('common sense gun safety laws');
  });

  it('refuses --text without --json', async () => {
    const run = await scan([folder, '--text']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('scan: --text goes with --json');
  });
});

describe('scan --json and stories', SCRIPT_TEST, () => {
  let stories: string;

  beforeAll(async () => {
    stories = await mkdtemp(join(tmpdir(), 'dossier-scan-stories-'));
    const text = story(210);
    await writeFile(
      join(stories, 'a-copy.txt'),
      articleFile('Copy', '20240303', 'https://b.example/1', republished(text, 3, 'PARIS')),
    );
    await writeFile(join(stories, 'b-origin.txt'), articleFile('Original', '20240301', 'https://a.example/1', text));
    await writeFile(
      join(stories, 'c-short.txt'),
      articleFile('Short', '20240302', 'https://c.example/1', trimmed(text, 6)),
    );
    await writeFile(join(stories, 'd-other.txt'), articleFile('Other', '20240301', 'https://c.example/2', story(5)));
  });

  afterAll(async () => {
    await rm(stories, { recursive: true, force: true });
  });

  it('gives every copy of a story the same cluster, and marks the first publisher its origin', async () => {
    const run = await scan([stories, '--json']);
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const [copy, origin, short, other] = rows;
    expect(typeof copy?.cluster).toBe('string');
    expect(origin).toMatchObject({ cluster: copy?.cluster, origin: true });
    expect(short).toMatchObject({ cluster: copy?.cluster, origin: false });
    expect(copy?.origin).toBe(false);
    expect(other).toMatchObject({ cluster: null, origin: false });
  });
});

describe('scan (table)', SCRIPT_TEST, () => {
  it('prints a row per file and the summary line', async () => {
    const run = await scan([library]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STATUS +DATE +WORDS +PATH +TITLE \/ ERROR$/);
    expect(lines.at(-1)).toBe('5 files: 3 articles, 2 unreadable, 1 with warnings');
    expect(lines.find((line) => line.includes('binary.txt'))).toMatch(/^error .* binary file: not text$/);
    expect(lines.find((line) => line.includes('bad-date.txt'))).toMatch(/^warn {4}- /);
    expect(lines.find((line) => line.includes('riga.txt'))).toMatch(
      /^ok {6}2024-03-01 +7 +europe\/baltics\/riga\.txt +Riga/,
    );
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('scan usage', SCRIPT_TEST, () => {
  it('exits 2 with a reason and the usage line when the folder is missing', async () => {
    const run = await scan([join(library, 'no-such-folder')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('folder not found');
    expect(run.stderr).toContain('usage: npm run scan -- <folder> [--json] [--text]');
  });

  it('exits 2 without a folder, for a file, and for an unknown flag', async () => {
    const runs = await Promise.all([scan([]), scan([join(library, 'empty.txt')]), scan([library, '--jsn'])]);
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
    expect(runs.map((run) => run.stderr.split('\n')[0])).toEqual([
      'scan: no folder given',
      `scan: not a folder: ${join(library, 'empty.txt')}`,
      'scan: unknown option --jsn',
    ]);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const run = await scan(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run scan -- <folder> \[--json\] \[--text\]/);
  });
});
