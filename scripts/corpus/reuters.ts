// Reuters-21578 stories as shipped by Debian's r-cran-tm package (its tm/texts XML samples), fetched
// with `apt-get download` into a cache folder and read with a small regex reader (no XML dependency).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TEXTS = 'usr/lib/R/site-library/tm/texts';

export interface ReutersStory {
  readonly title: string;
  /** As written in the story, e.g. "26-FEB-1987 15:18:06.67". */
  readonly date: string;
  readonly paragraphs: readonly string[];
}

export type ReutersLoad =
  { readonly stories: ReutersStory[]; readonly files: number } | { readonly stories: null; readonly reason: string };

/** Downloads and unpacks r-cran-tm into `cacheDir` once, then reads every story in its XML samples. */
export async function loadReutersStories(cacheDir: string): Promise<ReutersLoad> {
  const unpacked = join(cacheDir, 'r-cran-tm');
  const texts = join(unpacked, TEXTS);
  try {
    if (!existsSync(texts)) {
      await mkdir(cacheDir, { recursive: true });
      await run('apt-get', ['download', 'r-cran-tm'], { cwd: cacheDir, timeout: 120_000 });
      const deb = (await readdir(cacheDir)).find((name) => /^r-cran-tm_.*\.deb$/.test(name));
      if (!deb) throw new Error('apt-get download left no r-cran-tm .deb');
      await run('dpkg-deb', ['-x', join(cacheDir, deb), unpacked]);
    }
    const files = [
      ...(await xmlFiles(join(texts, 'acq'))),
      ...(await xmlFiles(join(texts, 'crude'))),
      join(texts, 'reuters-21578.xml'),
    ];
    const seen = new Set<string>();
    const stories: ReutersStory[] = [];
    for (const file of files) {
      for (const story of parseReutersXml(await readFile(file, 'utf8'))) {
        const key = `${story.title}\n${story.paragraphs[0] ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        stories.push(story);
      }
    }
    if (stories.length === 0) throw new Error(`no stories under ${texts}`);
    return { stories, files: files.length };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { stories: null, reason: message ?? 'unknown error' };
  }
}

async function xmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => join(dir, name));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

function decode(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
  );
}

const field = (story: string, tag: string): string | null =>
  new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(story)?.[1] ?? null;

/** Every <REUTERS> element with a title and a body; a paragraph starts where a line is indented. */
export function parseReutersXml(xml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const [story] of xml.matchAll(/<REUTERS\b[\s\S]*?<\/REUTERS>/g)) {
    const title = field(story, 'TITLE');
    const body = field(story, 'BODY');
    if (title === null || body === null) continue;
    const paragraphs = decode(body)
      .replace(/\s*\bReuter\s*$/, '')
      .split(/\n[ \t]+/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0);
    if (paragraphs.length === 0) continue;
    stories.push({
      title: decode(title).replace(/\s+/g, ' ').trim(),
      date: (field(story, 'DATE') ?? '').trim(),
      paragraphs,
    });
  }
  return stories;
}
