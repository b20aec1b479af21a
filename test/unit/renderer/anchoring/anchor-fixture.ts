// The seed article, the five highlights the anchoring tests place in it, and the edits they make to its
// paragraphs: what the edit table (anchor-edit-table.ts) and the other anchoring tests build on.
import { describeRange } from '../../../../src-renderer/src/anchoring/selectors';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import type { StoredSelectors } from '../../../../src-renderer/src/anchoring/anchor';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';

export const ORIGINAL: readonly string[] = SEED_ARTICLE.paragraphs;
export const TEXT = articleText(ORIGINAL);

/** Body paragraphs by index (0 is the file's line 4). */
export const DONBAS = 1;
export const TENSIONS = 2;
export const ACCUSE = 3;
export const DATELINE = 4;

/** Offsets of the nth occurrence of `passage`; throws so a typo in the table cannot pass as an orphan. */
export function locate(text: string, passage: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(passage, at + 1);
    if (at === -1) throw new Error(`occurrence ${occurrence} of ${JSON.stringify(passage)} is not in the text`);
  }
  return { start: at, end: at + passage.length };
}

export function countOf(text: string, passage: string): number {
  return text.split(passage).length - 1;
}

export const HIGHLIGHTS = {
  /** A phrase inside one paragraph, its context inside the same paragraph. */
  phrase: { passage: 'designed to find a political resolution to the conflict', occurrence: 0 },
  /** The first sentence of a paragraph. */
  sentence: { passage: 'The United States and Ukraine accuse Russia of preparing to invade.', occurrence: 0 },
  /** The agency tag of the dateline; another "ANI" closes the second paragraph. */
  word: { passage: 'ANI', occurrence: 1 },
  /** The end of one paragraph and the start of the next. */
  span: { passage: 'no intention of attacking any country.\nWashington US, February 18', occurrence: 0 },
  /** Across a sentence break inside one paragraph. */
  sentences: {
    passage: 'the Normandy group -- in February 2015. However, the agreement has so far not been observed',
    occurrence: 0,
  },
} as const;

export type HighlightName = keyof typeof HIGHLIGHTS;
export const NAMES = Object.keys(HIGHLIGHTS) as HighlightName[];

export function placeOf(name: HighlightName): { start: number; end: number } {
  return locate(TEXT, HIGHLIGHTS[name].passage, HIGHLIGHTS[name].occurrence);
}

export function selectorsOf(name: HighlightName): StoredSelectors {
  const { start, end } = placeOf(name);
  return describeRange(TEXT, start, end);
}

export const insertAt = (paragraphs: readonly string[], index: number, ...added: string[]): string[] => [
  ...paragraphs.slice(0, index),
  ...added,
  ...paragraphs.slice(index),
];

export const removeAt = (paragraphs: readonly string[], index: number): string[] =>
  paragraphs.filter((_, i) => i !== index);

export function replaceIn(paragraphs: readonly string[], index: number, from: string, to: string): string[] {
  const paragraph = paragraphs[index] ?? '';
  if (!paragraph.includes(from)) throw new Error(`${JSON.stringify(from)} is not in paragraph ${index}`);
  return paragraphs.map((p, i) => (i === index ? p.replace(from, to) : p));
}

/** The paragraph broken in two at the space after `marker`, as when an editor adds a line break there. */
export function splitAfter(paragraphs: readonly string[], index: number, marker: string): string[] {
  const paragraph = paragraphs[index] ?? '';
  const at = paragraph.indexOf(`${marker} `);
  if (at === -1) throw new Error(`${JSON.stringify(marker)} is not in paragraph ${index}`);
  const cut = at + marker.length;
  return [
    ...paragraphs.slice(0, index),
    paragraph.slice(0, cut),
    paragraph.slice(cut + 1),
    ...paragraphs.slice(index + 1),
  ];
}

export const joinWithNext = (paragraphs: readonly string[], index: number): string[] => [
  ...paragraphs.slice(0, index),
  `${paragraphs[index] ?? ''} ${paragraphs[index + 1] ?? ''}`,
  ...paragraphs.slice(index + 2),
];

/**
 * The body paragraphs as the parser reads a file in the library format: any line ending, whitespace runs
 * collapsed to one space, blank lines dropped, the title, date and URL lines skipped.
 */
export function bodyParagraphs(file: string): string[] {
  return file
    .split(/\r\n|[\r\n]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .slice(3);
}

/** The seed file saved again by a careless editor: CRLF, doubled spaces, tabs, trailing blanks, blank lines. */
export const MESSY_FILE = [SEED_ARTICLE.title, SEED_ARTICLE.date, SEED_ARTICLE.url, ...ORIGINAL]
  .map((line) => `  ${line.replaceAll(', ', ',  ').replaceAll('. ', '.\t ')} \t`)
  .join('\r\n\r\n');

export const NEW_FIRST =
  'Moscow and Washington traded statements on Friday over the proposed meeting between the two top diplomats.';
