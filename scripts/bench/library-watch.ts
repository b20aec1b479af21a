// The watch probe of the library bench: new files written while the library is open, each timed from
// the write until a search finds it.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LibraryService } from '../../src-main/library/library-service';
import { findsIt } from './library-probes';

const WATCH_FILES = 40;
const WATCH_SPACING_MS = 150;
const POLL_MS = 10;
const GIVE_UP_MS = 20_000;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

export /** Writes new articles one at a time, WATCH_SPACING_MS apart, each timed until a search finds it. */
async function watchLatencies(service: LibraryService, folder: string, ids: readonly string[]): Promise<number[]> {
  const folders = [...new Set(ids.map((id) => dirname(id)))].sort();
  const sample = await readFile(join(folder, ids[0] as string), 'utf8');
  const body = sample.split('\n').slice(3).join('\n');
  const started = performance.now();
  const runs: Promise<number>[] = [];
  for (let i = 0; i < WATCH_FILES; i++) {
    await sleep(Math.max(0, started + i * WATCH_SPACING_MS - performance.now()));
    const token = `quillwatch${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    const id = `${folders[(i * 37) % folders.length]}/bench-watch-${token}.txt`;
    const url = `https://www.beaconwire.example/world/${token}`;
    const text = `New arrival ${token}\n20240601\n${url}\n${token} reported.\n${body}`;
    runs.push(
      (async () => {
        const t0 = performance.now();
        await writeFile(join(folder, id), text);
        while (!(await findsIt(service, token, id))) {
          if (performance.now() - t0 > GIVE_UP_MS)
            throw new Error(`${id} was not found ${GIVE_UP_MS} ms after it was written`);
          await sleep(POLL_MS);
        }
        return performance.now() - t0;
      })(),
    );
  }
  return Promise.all(runs);
}
