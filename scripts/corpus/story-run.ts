// The story quality set through the app's own catalog store, for the stories tests and the bench: the set's
// files written to a folder and read into a LocalCatalogStore as the app reads a new library (listed in steps,
// then indexed, where stories are clustered), or one file at a time in a shuffled order, as a watched folder
// receives them. Returns each article's story id as the store tells it.
import { join } from 'node:path';
import { LocalCatalogStore } from '../../src-main/catalog/local-catalog-store';
import { scanLibrary } from '../../src-main/library/scanner';
import { createRng } from './prng';
import { writeStorySet, type StorySet } from './story-set';

/** The app's step sizes (library/open/background-read.ts): listed 250 at a time, indexed 1,000 at a time. */
const LIST_STEP = 250;
const INDEX_STEP = 1000;

export type StoryRunOrder = 'first-read' | 'one-by-one';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the set into `folder` (empty) and reads it into a new catalog in `dataDir`; one story id per article. */
export async function clusterStorySet(
  set: StorySet,
  folder: string,
  dataDir: string,
  order: StoryRunOrder = 'first-read',
): Promise<(string | null)[]> {
  await writeStorySet(folder, set);
  const store = new LocalCatalogStore(join(dataDir, 'catalog.sqlite'));
  try {
    const files = await scanLibrary(folder);
    if (files.length !== set.articles.length)
      throw new Error(`${files.length} files found, not ${set.articles.length}`);
    if (order === 'first-read') {
      for (const chunk of chunks(files, LIST_STEP)) await store.catalogue(folder, chunk);
      for (const chunk of chunks(await store.pendingIds(folder), INDEX_STEP)) await store.indexPending(folder, chunk);
    } else {
      const rng = createRng(files.length);
      const shuffled = [...files];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [shuffled[i], shuffled[j]] = [shuffled[j] as (typeof files)[number], shuffled[i] as (typeof files)[number]];
      }
      for (const file of shuffled) await store.ingest(folder, [file]);
    }
    return await store.storyIds(
      folder,
      set.articles.map((a) => a.path),
    );
  } finally {
    await store.close();
  }
}
