// The article's paragraphs as text, with the analyst's highlights drawn as marks over them.
import { memo, useMemo, type ReactNode, type Ref } from 'react';
import { paragraphSegments } from '../../anchoring/segments';
import type { AnchoredHighlight } from '../highlights/use-anchored-highlights';

interface Props {
  readonly paragraphs: readonly string[];
  readonly anchored: readonly AnchoredHighlight[];
  readonly selectedId: string | null;
  readonly onSelectHighlight: (id: string) => void;
  readonly bodyRef: Ref<HTMLDivElement>;
}

export const ArticleBody = memo(function ArticleBody({
  paragraphs,
  anchored,
  selectedId,
  onSelectHighlight,
  bodyRef,
}: Props): ReactNode {
  // Older highlights are drawn first, so the newest sits on top where two overlap.
  const stacked = useMemo(
    () =>
      anchored
        .toSorted((a, b) => a.highlight.createdAt - b.highlight.createdAt)
        .map((a) => ({ id: a.highlight.id, start: a.start, end: a.end, color: a.highlight.color })),
    [anchored],
  );
  const colours = useMemo(() => new Map(stacked.map((h) => [h.id, h.color])), [stacked]);
  const segments = useMemo(() => paragraphSegments(paragraphs, stacked), [paragraphs, stacked]);
  const firstSegmentOf = useMemo(() => {
    const seen = new Set<string>();
    const first = new Set<string>();
    for (const paragraph of segments) {
      for (const segment of paragraph) {
        const top = segment.ids.at(-1);
        if (top !== undefined && !seen.has(top)) {
          seen.add(top);
          first.add(`${segment.start}:${top}`);
        }
      }
    }
    return first;
  }, [segments]);

  return (
    <div className="reader-body" ref={bodyRef} data-testid="article-body">
      {segments.map((runs, index) => (
        <p key={index} data-paragraph={index} dir="auto">
          {runs.map((run) => {
            const top = run.ids.at(-1);
            if (top === undefined) return <span key={run.start}>{run.text}</span>;
            const selected = run.ids.includes(selectedId ?? '');
            return (
              <mark
                key={run.start}
                className={[
                  `hl hl-${colours.get(top) ?? 'yellow'}`,
                  selected ? 'hl-selected' : '',
                  run.ids.length > 1 ? 'hl-overlap' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                data-highlight-id={top}
                data-anchor-start={firstSegmentOf.has(`${run.start}:${top}`) ? top : undefined}
                onClick={() => {
                  // A click that ends a drag-selection is a new selection, not a click on the mark.
                  if (window.getSelection()?.isCollapsed !== false) onSelectHighlight(top);
                }}
              >
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
