// Splits each paragraph into runs of text covered by the same set of highlights, for rendering marks.
import { paragraphStarts } from './text-model';

export interface PlacedHighlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Segment {
  readonly text: string;
  /** Highlights covering this run, oldest first (the last one is drawn on top). */
  readonly ids: readonly string[];
  /** Offset of the run in the whole article text. */
  readonly start: number;
}

/** One list of segments per paragraph. `highlights` must be in the order they should stack. */
export function paragraphSegments(paragraphs: readonly string[], highlights: readonly PlacedHighlight[]): Segment[][] {
  const starts = paragraphStarts(paragraphs);
  return paragraphs.map((paragraph, p) => {
    const pStart = starts[p] as number;
    const pEnd = pStart + paragraph.length;
    const inside = highlights.filter((h) => h.start < pEnd && h.end > pStart);
    if (inside.length === 0) return [{ text: paragraph, ids: [], start: pStart }];
    const cuts = new Set<number>([0, paragraph.length]);
    for (const h of inside) {
      cuts.add(Math.max(0, h.start - pStart));
      cuts.add(Math.min(paragraph.length, h.end - pStart));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      const ids = inside.filter((h) => h.start - pStart <= from && h.end - pStart >= to).map((h) => h.id);
      segments.push({ text: paragraph.slice(from, to), ids, start: pStart + from });
    }
    return segments;
  });
}
