// The watcher bench's correctness cases: each does what an analyst or a sync tool does to the library and
// passes when exactly the expected files are reported, each once, and a file only once it is whole.
import { mkdir, open, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EventLog } from './event-log';

export interface CaseContext {
  readonly root: string;
  /** A folder outside the library on the same file system, to move things in from and out to. */
  readonly outside: string;
  readonly log: EventLog;
  readonly stableMs: number;
}

export interface CaseResult {
  readonly name: string;
  /** 'extra': every expected report came, and more (a repeated change: a needless re-read, nothing lost). */
  readonly verdict: 'pass' | 'extra' | 'fail';
  /** What was missing or extra. */
  readonly detail: string;
}

const BASE = 'watch-bench';
const TEXT = 'A watched article\n20240601\nhttps://www.example.org/watched\nOne paragraph of text.\n';
/** How long an expected event may take, however loaded the machine. */
const EXPECT_MS = 5000;

async function put(root: string, id: string, text = TEXT): Promise<void> {
  await mkdir(dirname(join(root, id)), { recursive: true });
  await writeFile(join(root, id), text);
}

/** Files each case starts from, written before the watcher starts. */
export async function setUpCases(root: string, outside: string): Promise<void> {
  for (const id of [
    'change/a.txt',
    'unlink/a.txt',
    'rename/a.txt',
    'move/from/a.txt',
    'remade/x.txt',
    'remade/deeper/y.txt',
    'out/a.txt',
    'out/inner/b.txt',
  ])
    await put(root, `${BASE}/${id}`);
  for (const dir of ['add', 'move/to', 'slow', 'nested']) await mkdir(join(root, BASE, dir), { recursive: true });
  for (const id of ['tree/a.txt', 'tree/inner/b.txt', 'tree/inner/deepest/c.txt']) await put(outside, id);
}

export async function cleanUpCases(root: string, outside: string): Promise<void> {
  await rm(join(root, BASE), { recursive: true, force: true });
  await rm(join(outside, 'tree'), { recursive: true, force: true });
  await rm(join(outside, 'out'), { recursive: true, force: true });
}

/**
 * Runs `act`, waits for each expected event ("add case/x.txt", relative to the case's folder), then for a
 * quiet spell, and compares everything reported under the case's folder with what was expected.
 */
async function expectExactly(
  ctx: CaseContext,
  name: string,
  act: (since: number) => Promise<void>,
  expected: readonly string[],
): Promise<CaseResult> {
  const prefix = `${BASE}/${name}/`;
  const since = performance.now();
  await act(since);
  const want = expected.map((e) => e.replace(' ', ` ${prefix}`));
  for (const e of want) {
    const [kind, id] = e.split(' ') as ['add' | 'change' | 'unlink', string];
    await ctx.log.waitFor(kind, id, EXPECT_MS, since);
  }
  await sleep(ctx.stableMs * 3); // anything extra has had time to come
  const seen = ctx.log.under(prefix, since);
  const missing = want.filter((e) => !seen.includes(e));
  const extra = [...seen];
  for (const e of want) {
    const i = extra.indexOf(e);
    if (i >= 0) extra.splice(i, 1);
  }
  const verdict = missing.length > 0 ? 'fail' : extra.length > 0 ? 'extra' : 'pass';
  const strip = (list: string[]): string => list.map((e) => e.replace(prefix, '')).join(', ');
  const detail = [missing.length ? `missing ${strip(missing)}` : '', extra.length ? `extra ${strip(extra)}` : '']
    .filter(Boolean)
    .join('; ');
  return { name, verdict, detail };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export async function runCases(ctx: CaseContext): Promise<CaseResult[]> {
  const { root, outside, log, stableMs } = ctx;
  const at = (id: string): string => join(root, BASE, id);
  const results: CaseResult[] = [];
  const run = async (
    name: string,
    act: (since: number) => Promise<void>,
    expected: readonly string[],
  ): Promise<void> => {
    results.push(await expectExactly(ctx, name, act, expected));
  };

  await run('add', () => put(root, `${BASE}/add/new.txt`), ['add new.txt']);
  await run('change', () => writeFile(at('change/a.txt'), `${TEXT}A second paragraph.\n`), ['change a.txt']);
  await run('unlink', () => unlink(at('unlink/a.txt')), ['unlink a.txt']);
  await run('rename', () => rename(at('rename/a.txt'), at('rename/b.txt')), ['unlink a.txt', 'add b.txt']);
  await run('move', () => rename(at('move/from/a.txt'), at('move/to/a.txt')), ['unlink from/a.txt', 'add to/a.txt']);
  // Deleted and made again under the same name, with a file written into it at once, then one more later.
  await run(
    'remade',
    async (since) => {
      await rm(at('remade'), { recursive: true });
      await mkdir(at('remade'));
      await writeFile(at('remade/again.txt'), TEXT);
      await log.waitFor('add', `${BASE}/remade/again.txt`, EXPECT_MS, since);
      await writeFile(at('remade/later.txt'), TEXT);
    },
    ['unlink x.txt', 'unlink deeper/y.txt', 'add again.txt', 'add later.txt'],
  );
  // Written in six pieces over three quiet periods: reported once, whole, after the last piece.
  let lastWrite = 0;
  let finalSize = 0;
  await run(
    'slow',
    async () => {
      const handle = await open(at('slow/slow.txt'), 'w');
      for (let i = 0; i < 6; i++) {
        const piece = i === 0 ? TEXT : `Paragraph ${i} arrives a little later.\n`;
        await handle.write(piece);
        finalSize += Buffer.byteLength(piece);
        lastWrite = performance.now();
        if (i < 5) await sleep(stableMs / 2);
      }
      await handle.close();
    },
    ['add slow.txt'],
  );
  const slow = log.find('add', `${BASE}/slow/slow.txt`);
  if (slow && (slow.size !== finalSize || slow.at < lastWrite)) {
    const prior = results.pop();
    const after = Math.round(slow.at - lastWrite);
    const detail = `reported at ${slow.size} of ${finalSize} bytes, ${after} ms after the last write`;
    results.push({ name: prior?.name ?? 'slow', verdict: 'fail', detail });
  }
  // A folder of folders moved in (unzipped, copied): every file announced, and later writes deep inside seen.
  await run(
    'tree',
    async (since) => {
      await rename(join(outside, 'tree'), at('tree'));
      await log.waitFor('add', `${BASE}/tree/inner/deepest/c.txt`, EXPECT_MS, since);
      await writeFile(at('tree/inner/deepest/d.txt'), TEXT);
    },
    ['add a.txt', 'add inner/b.txt', 'add inner/deepest/c.txt', 'add inner/deepest/d.txt'],
  );
  // Nested folders made and written into at once (mkdir -p, a sync tool), then written again.
  await run(
    'nested',
    async (since) => {
      await mkdir(at('nested/n1/n2'), { recursive: true });
      await writeFile(at('nested/n1/n2/x.txt'), TEXT);
      await log.waitFor('add', `${BASE}/nested/n1/n2/x.txt`, EXPECT_MS, since);
      await writeFile(at('nested/n1/n2/y.txt'), TEXT);
    },
    ['add n1/n2/x.txt', 'add n1/n2/y.txt'],
  );
  await run('out', () => rename(at('out'), join(outside, 'out')), ['unlink a.txt', 'unlink inner/b.txt']);
  return results;
}
