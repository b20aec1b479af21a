// The original articles of the story quality set (story-set.ts), all real text: Reuters-21578 stories
// (r-cran-tm), State of the Union speeches cut into article-sized pieces, news pages from Mozilla
// Readability's test pages (their expected text), and the seed article; plus spare real sentences that
// copies use as a local paragraph of their own.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { headline } from './corpus-sources';
import { createRng } from './prng';
import { loadReutersStories } from './reuters';
import { loadSpeeches, sentences } from './sotu';

export type OriginalKind = 'reuters' | 'speech' | 'page' | 'seed';

export interface StoryOriginal {
  /** Unique within the set: "reuters-12", "speech-1961-2", "page-guardian-1", "seed". */
  readonly key: string;
  readonly kind: OriginalKind;
  readonly title: string;
  /** YYYYMMDD. */
  readonly date: string;
  readonly paragraphs: readonly string[];
}

export interface StorySources {
  readonly originals: readonly StoryOriginal[];
  /** Real paragraphs from text no original uses: a copy's "local" paragraph comes from here. */
  readonly spare: readonly string[];
  readonly description: string;
}

const here = __dirname;
const PAGES_ARCHIVE = resolve(here, '../../../shared/corpora/readability-test-pages.tar.xz');
const SEED_DIR = resolve(here, '../../../shared/seed-articles');

/**
 * News-like pages of Readability's test set, one of each where the set holds the same page twice; four are
 * in French, German and Spanish. Their expected text is the article as an outlet published it.
 */
export const STORY_PAGES: readonly string[] = [
  '001',
  '002',
  'aclu',
  'ars-1',
  'buzzfeed-1',
  'citylab-1',
  'cnet',
  'cnn',
  'ebb-org',
  'ehow-1',
  'ehow-2',
  'firefox-nightly-blog',
  'guardian-1',
  'heise',
  'herald-sun-1',
  'la-nacion',
  'lemonde-1',
  'medicalnewstoday',
  'medium-1',
  'mozilla-1',
  'msn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'nytimes-4',
  'nytimes-5',
  'quanta-1',
  'salon-1',
  'seattletimes-1',
  'telegraph',
  'v8-blog',
  'wapo-1',
  'wapo-2',
  'webmd-1',
  'webmd-2',
  'yahoo-1',
  'yahoo-2',
  'yahoo-3',
];

/** Words an original keeps at most (long pages are cut after a paragraph, as an article-sized piece). */
const MAX_WORDS = 1200;
/** Reuters briefs shorter than this are left out: a headline and one line say too little to be a story. */
const MIN_WORDS = 50;
const SPEECHES = 22;
const PIECES_PER_SPEECH = 3;
const SENTENCES_PER_PARAGRAPH = 3;
const PARAGRAPHS_PER_PIECE = 7;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** "26-FEB-1987 15:18:06.67" -> "19870226". */
function wireDate(date: string): string {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(date);
  if (!m) return '19870301';
  const month = MONTHS.indexOf(m[2] as string) + 1;
  return `${m[3]}${String(month).padStart(2, '0')}${(m[1] as string).padStart(2, '0')}`;
}

/** Paragraphs up to MAX_WORDS, cut after a whole paragraph. */
function capped(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    if (count >= MAX_WORDS) break;
    out.push(p);
    count += words(p);
  }
  return out;
}

async function reutersOriginals(cacheDir: string): Promise<StoryOriginal[]> {
  const loaded = await loadReutersStories(cacheDir);
  if (loaded.stories === null) throw new Error(`Reuters-21578 could not be loaded: ${loaded.reason}`);
  return loaded.stories
    .filter((story) => words(story.paragraphs.join(' ')) >= MIN_WORDS)
    .map((story, i) => ({
      key: `reuters-${i}`,
      kind: 'reuters' as const,
      title: headline(story.title),
      date: wireDate(story.date),
      paragraphs: story.paragraphs,
    }));
}

interface SpeechPieces {
  readonly originals: StoryOriginal[];
  readonly spare: string[];
}

/** A few consecutive pieces of each of some speeches (same speaker, same day: hard negatives of each other). */
function speechPieces(seed: number): SpeechPieces {
  const rng = createRng(seed ^ 0x50c7);
  const speeches = loadSpeeches().filter((speech) => speech.year >= 1900);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(SPEECHES, speeches.length)) chosen.add(rng.int(0, speeches.length - 1));
  const originals: StoryOriginal[] = [];
  const spare: string[] = [];
  for (const [i, speech] of speeches.entries()) {
    const all = sentences(speech.text);
    if (!chosen.has(i)) {
      // A few sentences of 12-45 words from every other speech: real text that no original holds.
      const fit = all.filter((s) => words(s) >= 12 && words(s) <= 45);
      for (let k = 0; k < 3 && fit.length > 0; k++) spare.push(fit.splice(rng.int(0, fit.length - 1), 1)[0] as string);
      continue;
    }
    const perPiece = SENTENCES_PER_PARAGRAPH * PARAGRAPHS_PER_PIECE;
    const start = rng.int(0, Math.max(0, all.length - perPiece * PIECES_PER_SPEECH));
    for (let piece = 0; piece < PIECES_PER_SPEECH; piece++) {
      const from = start + piece * perPiece;
      const paragraphs: string[] = [];
      for (let p = 0; p < PARAGRAPHS_PER_PIECE; p++) {
        const at = from + p * SENTENCES_PER_PARAGRAPH;
        const text = all.slice(at, at + SENTENCES_PER_PARAGRAPH).join(' ');
        if (text) paragraphs.push(text);
      }
      if (paragraphs.length < 3) continue;
      const lead = (paragraphs[0] as string)
        .split(/\s+/)
        .slice(0, 9)
        .join(' ')
        .replace(/[.,;:!?]+$/, '');
      originals.push({
        key: `speech-${speech.year}-${piece}`,
        kind: 'speech',
        title: `${speech.name}: ${lead}`,
        date: `${speech.year}0201`,
        paragraphs,
      });
    }
  }
  return { originals, spare };
}

async function pageOriginals(): Promise<StoryOriginal[]> {
  if (!existsSync(PAGES_ARCHIVE)) throw new Error(`the Readability test pages are not at ${PAGES_ARCHIVE}`);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-story-pages-'));
  try {
    const folders = STORY_PAGES.map((page) => `test/test-pages/${page}`);
    await promisify(execFile)('tar', ['-xJf', PAGES_ARCHIVE, '-C', dir, ...folders], { timeout: 120_000 });
    return STORY_PAGES.map((page) => {
      const read = (file: string): string => readFileSync(join(dir, 'test/test-pages', page, file), 'utf8');
      const { document } = parseHTML(read('expected.html'));
      const paragraphs = [...document.querySelectorAll('p')].map((p) => squeeze(p.textContent ?? '')).filter(Boolean);
      const meta = JSON.parse(read('expected-metadata.json')) as { title?: string; publishedTime?: string | null };
      const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(meta.publishedTime ?? '');
      return {
        key: `page-${page}`,
        kind: 'page' as const,
        title: squeeze(meta.title ?? page),
        date: published ? `${published[1]}${published[2]}${published[3]}` : '20180601',
        paragraphs: capped(paragraphs),
      };
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function seedOriginals(): StoryOriginal[] {
  return readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, i) => {
      const lines = readFileSync(join(SEED_DIR, name), 'utf8')
        .split(/\r\n|\r|\n/)
        .map(squeeze)
        .filter(Boolean);
      return {
        key: i === 0 ? 'seed' : `seed-${i}`,
        kind: 'seed' as const,
        title: lines[0] ?? name,
        date: lines[1] ?? '20220211',
        paragraphs: capped(lines.slice(3)),
      };
    });
}

/** Every original, in a fixed order; throws when a source is missing (the set is then not the set). */
export async function loadStorySources(cacheDir: string, seed: number): Promise<StorySources> {
  const reuters = await reutersOriginals(cacheDir);
  const speeches = speechPieces(seed);
  const pages = await pageOriginals();
  const seeds = seedOriginals();
  const description =
    `${reuters.length} Reuters-21578 stories, ${speeches.originals.length} pieces of ${SPEECHES} State of the ` +
    `Union speeches, ${pages.length} news pages (Readability's test pages) and ${seeds.length} seed article`;
  return { originals: [...reuters, ...speeches.originals, ...pages, ...seeds], spare: speeches.spare, description };
}
