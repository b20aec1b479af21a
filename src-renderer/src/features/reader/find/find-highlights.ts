// The found words drawn with the CSS Custom Highlight API: ranges styled by ::highlight() rules, so no
// element is added to the article body and the analyst's highlight marks, their anchoring and the text
// selection are left as they are.
import type { TextRangeSpec } from './text-ranges';

export const FOUND = 'dossier-found';
export const CURRENT = 'dossier-found-current';

/** Ranges drawn at most: past this the count and next/previous still cover every match. */
export const MAX_DRAWN = 10_000;

const registry = (): HighlightRegistry | null =>
  typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;

/** Draws the found words, and the current one above them (null: none is current). */
export function drawFound(ranges: readonly (TextRangeSpec | null)[], current: TextRangeSpec | null): void {
  const highlights = registry();
  if (!highlights) return;
  const found = new Highlight();
  for (const spec of ranges.slice(0, MAX_DRAWN)) if (spec) found.add(new StaticRange(spec));
  found.priority = 1;
  highlights.set(FOUND, found);
  if (current) {
    const marked = new Highlight(new StaticRange(current));
    marked.priority = 2;
    highlights.set(CURRENT, marked);
  } else {
    highlights.delete(CURRENT);
  }
}

export function clearFound(): void {
  registry()?.delete(FOUND);
  registry()?.delete(CURRENT);
}
