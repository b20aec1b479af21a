// Recombines source text into one bench article: a title, a date in 1985-2024, a URL on a fictional
// outlet, and 2-12 paragraphs whose length follows a news-like spread (about 2 KB median). Pure.
import type { CorpusSources, SourceDoc } from './corpus-sources';
import { createRng, type Rng } from './prng';

export const OUTLETS: readonly string[] = [
  'meridianpost',
  'harborledger',
  'northgatetimes',
  'riverbendherald',
  'capitolwire',
  'eastportgazette',
  'summitdaily',
  'lakeshoretribune',
  'westfieldobserver',
  'granitecourier',
  'pinecrestnews',
  'baysidejournal',
  'ironbridgechronicle',
  'oakhavenstar',
  'silvercreekdispatch',
  'coastlinereview',
  'highplainsmonitor',
  'redwoodsentinel',
  'clearwaterbulletin',
  'fairmontexaminer',
  'stonegaterecord',
  'bluehillpress',
  'kingsportinquirer',
  'maplevalleyregister',
  'crossroadsweekly',
  'tidewaterleader',
  'prairieecho',
  'evergreenmessenger',
  'copperfieldtelegraph',
  'lanternnews',
  'compassreport',
  'beaconwire',
  'atlasfinancial',
  'harvestfarmjournal',
  'frontierenergynews',
  'globeandanchor',
];
const SECTIONS = ['world', 'business', 'politics', 'energy', 'markets', 'nation', 'opinion', 'economy'];

/** Share of articles led by a wire story; the rest by a speech (about their share of the source text, and some). */
const WIRE_SHARE = 0.12;
/** Chance that a paragraph after the first comes from another document. */
const MIX = 0.15;

export interface BenchArticle {
  /** Relative path with forward slashes: outlet/year/slug.txt */
  readonly path: string;
  readonly text: string;
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

class Cursor {
  doc: SourceDoc;
  at: number;
  constructor(
    private readonly rng: Rng,
    private readonly sources: CorpusSources,
  ) {
    this.doc = this.anyDoc();
    this.at = rng.int(0, this.doc.units.length - 1);
  }
  anyDoc(): SourceDoc {
    const wire = this.sources.reuters.length > 0 && this.rng.next() < WIRE_SHARE;
    return this.rng.pick(wire ? this.sources.reuters : this.sources.speeches);
  }
  jump(): void {
    this.doc = this.anyDoc();
    this.at = this.rng.int(0, this.doc.units.length - 1);
  }
  take(): string {
    if (this.at >= this.doc.units.length) this.jump();
    return this.doc.units[this.at++] as string;
  }
}

function titleFrom(rng: Rng, doc: SourceDoc, start: number): string {
  if (doc.title !== null && rng.next() < 0.6) return doc.title;
  for (let k = 0; k < 40; k++) {
    const unit = (doc.units[(start + k) % doc.units.length] as string).replace(/[.!?;:,]+["”’)]*$/, '');
    if (unit.length >= 30 && unit.length <= 100) return unit;
  }
  const first = doc.units[start] as string;
  return first.slice(0, first.lastIndexOf(' ', 80) > 20 ? first.lastIndexOf(' ', 80) : 80);
}

function slugOf(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, 6).join('-').slice(0, 60) || 'story';
}

/** Article `index` of the library built with `seed`: the same on every run. */
export function makeArticle(sources: CorpusSources, seed: number, index: number): BenchArticle {
  const rng = createRng((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  const cursor = new Cursor(rng, sources);
  const title = titleFrom(rng, cursor.doc, cursor.at);
  const target = clamp(rng.logNormal(2000, 0.6), 450, 8200);
  const count = clamp(Math.round((target / 420) * (0.7 + 0.6 * rng.next())), 2, 12);
  const budget = (target / count) * 0.7;
  const paragraphs: string[] = [];
  let length = 0;
  // Sentences run long in older speeches: stop early rather than overshoot the drawn length.
  for (let p = 0; p < count && (p < 2 || length < target * 0.9); p++) {
    if (p > 0 && rng.next() < MIX) cursor.jump();
    let paragraph = cursor.take();
    while (paragraph.length < budget) paragraph += ` ${cursor.take()}`;
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  const year = rng.int(1985, 2024);
  const day = new Date(Date.UTC(year, 0, 1) + rng.int(0, 364) * 86_400_000);
  const date = `${year}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
  const outlet = rng.pick(OUTLETS);
  const slug = `${slugOf(title)}-${index.toString(36)}`;
  const section = rng.pick(SECTIONS);
  const url = `https://www.${outlet}.example/${section}/${year}/${date.slice(4, 6)}/${date.slice(6)}/${slug}`;
  return { path: `${outlet}/${year}/${slug}.txt`, text: [title, date, url, ...paragraphs].join('\n') + '\n' };
}
