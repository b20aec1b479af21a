// The article's paragraphs as text, with the analyst's highlights drawn as marks over them. The text is a
// tab stop with a keyboard caret (caret-keys.ts); each highlight's first mark is a tab stop too, in reading
// order, carrying its meaning's letter and name, and Enter on it opens its card in the notes pane.
import { memo, useMemo, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { paragraphSegments } from '../../anchoring/segments';
import { paletteLabel, usePalette } from '../../db/palette';
import { meaningLetters } from '../../ui/meaning-letters';
import type { AnchoredHighlight } from '../highlights/use-anchored-highlights';
import { firstParagraphInView, focusPoint, setCaret, type TextPoint } from './caret-dom';
import { onCaretKey } from './caret-keys';
import { paragraphDirections } from '../../ui/provenance';
import { TextCaret } from './TextCaret';
import type { TextDirection } from '../../../../src-shared/text-direction';

/** The article text's id: the skip link "Skip to article" focuses it. */
export const ARTICLE_TEXT_ID = 'article-text';

interface Props {
  readonly paragraphs: readonly string[];
  /** The way the article runs; each paragraph runs the way most of its own letters do (provenance.ts). */
  readonly direction: TextDirection;
  readonly language: string | null;
  readonly anchored: readonly AnchoredHighlight[];
  readonly selectedId: string | null;
  readonly onSelectHighlight: (id: string) => void;
  readonly bodyRef: RefObject<HTMLDivElement | null>;
}

/** Opens a highlight's card from its mark: selected, and the focus on the card's quote. */
function openCard(id: string, onSelect: (id: string) => void): void {
  onSelect(id);
  const card = document.querySelector(`[data-testid="highlight-card"][data-highlight-id="${CSS.escape(id)}"]`);
  card?.querySelector<HTMLElement>('.card-quote')?.focus();
}

export const ArticleBody = memo(function ArticleBody({
  paragraphs,
  direction,
  language,
  anchored,
  selectedId,
  onSelectHighlight,
  bodyRef,
}: Props): ReactNode {
  const palette = usePalette();
  const letters = useMemo(() => meaningLetters(palette), [palette]);
  const caret = useRef<TextPoint | null>(null);
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
  const directions = useMemo(() => paragraphDirections(paragraphs, direction), [paragraphs, direction]);
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

  const onKeyDown = (event: KeyboardEvent): void => {
    if (bodyRef.current) onCaretKey(event, bodyRef.current, paragraphs, caret);
  };
  // Tabbing into the text puts the caret where it was, or at the first paragraph in view.
  const onFocus = (): void => {
    const body = bodyRef.current;
    if (!body || document.activeElement !== body || focusPoint(body, document.getSelection())) return;
    setCaret(body, caret.current ?? { paragraph: firstParagraphInView(body), offset: 0 });
  };

  return (
    <div className="reader-text">
      <div
        className="reader-body"
        ref={bodyRef}
        id={ARTICLE_TEXT_ID}
        data-testid="article-body"
        role="document"
        aria-label="Article text"
        dir={direction}
        lang={language ?? undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {segments.map((runs, index) => (
          <p key={index} data-paragraph={index} dir={directions[index] ?? direction}>
            {runs.map((run) => {
              const top = run.ids.at(-1);
              if (top === undefined) return <span key={run.start}>{run.text}</span>;
              const selected = run.ids.includes(selectedId ?? '');
              const colour = colours.get(top) ?? 'yellow';
              const meaning = paletteLabel(palette, colour);
              const first = firstSegmentOf.has(`${run.start}:${top}`);
              return (
                <mark
                  key={run.start}
                  className={[`hl hl-${colour}`, selected ? 'hl-selected' : '', run.ids.length > 1 ? 'hl-overlap' : '']
                    .filter(Boolean)
                    .join(' ')}
                  data-highlight-id={top}
                  data-anchor-start={first ? top : undefined}
                  data-letter={first ? letters.get(colour) : undefined}
                  title={meaning}
                  // One tab stop per highlight, on its first mark; its name says its meaning.
                  tabIndex={first ? 0 : undefined}
                  role={first ? 'button' : undefined}
                  aria-label={first ? `${meaning} highlight: ${run.text}` : undefined}
                  aria-expanded={first ? selected : undefined}
                  onKeyDown={(event) => {
                    if (!first || (event.key !== 'Enter' && event.key !== ' ')) return;
                    event.preventDefault();
                    openCard(top, onSelectHighlight);
                  }}
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
      <TextCaret bodyRef={bodyRef} remembered={caret} />
    </div>
  );
});
