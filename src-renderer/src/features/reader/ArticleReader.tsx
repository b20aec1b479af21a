// A loaded article with its annotations: highlighting by selection (toolbar or keys 1-5), selecting,
// recolouring and deleting highlights with undo, and re-attaching orphans.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Article, CatalogEntry } from '../../../../src-preload/contract';
import { describeRange } from '../../anchoring/selectors';
import { createHighlight, deleteHighlight, restoreHighlight, updateHighlight } from '../../db/highlights';
import { inDb } from '../../db/live';
import { COLOR_KEYS, type ColorKey, type Highlight } from '../../db/schema';
import { AnnotationsPanel } from '../highlights/AnnotationsPanel';
import { HighlightToolbar } from '../highlights/HighlightToolbar';
import { useAnchoredHighlights } from '../highlights/use-anchored-highlights';
import { stripBidiControls } from '../../../../src-shared/text-safety';
import { textDirection } from '../../../../src-shared/text-direction';
import { useToasts } from '../../ui/toasts';
import { AlsoPublished } from '../stories/AlsoPublished';
import { ArticleBody } from './ArticleBody';
import { ArticleOrigin } from './ArticleOrigin';
import { FindBar } from './FindBar';
import { useArticleFind } from './find/use-find';
import { ReaderPanes } from './ReaderPanes';
import { OddFileBanner } from './OddFileBanner';
import { articleDirection } from '../../ui/provenance';
import { ReadingNotes } from './ReadingNotes';
import { useTextSelection } from './use-text-selection';

interface Props {
  /** The library the article is in: highlights made here are filed under it. */
  readonly libraryId: string;
  readonly article: Article;
  readonly entry: CatalogEntry & { ok: true };
  /** The library's query text: its words are marked in the article. */
  readonly query?: string;
  /** Opens another article: a copy of this one's story, from "Also published by". */
  readonly onOpen?: (id: string) => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function ArticleReader({ libraryId, article, entry, query = '', onOpen }: Props): ReactNode {
  const toasts = useToasts();
  const bodyRef = useRef<HTMLDivElement>(null);
  const { anchored, orphans, text } = useAnchoredHighlights(libraryId, article);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, clearSelection] = useTextSelection(bodyRef, article.paragraphs);
  const find = useArticleFind(bodyRef, article.paragraphs, query);
  const direction = useMemo(
    () => articleDirection(article.language, article.paragraphs),
    [article.language, article.paragraphs],
  );

  const highlight = useCallback(
    async (color: ColorKey) => {
      if (!selection) return;
      const { quote, position } = describeRange(text, selection.start, selection.end);
      const created = await inDb(createHighlight, libraryId, {
        articleId: article.id,
        articleHash: article.hash,
        articleTitle: article.title,
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: { start: position.start, end: position.end },
        color,
      });
      clearSelection();
      setSelectedId(created.id);
    },
    [selection, text, article, libraryId, clearSelection],
  );

  const remove = useCallback(
    async (target: Highlight) => {
      const deleted = await inDb(deleteHighlight, target.id);
      if (!deleted) return;
      setSelectedId(null);
      toasts.push('info', 'Highlight deleted.', [`“${truncate(deleted.quote.exact, 80)}”`], {
        label: 'Undo',
        undo: true,
        run: () => void inDb(restoreHighlight, deleted),
      });
    },
    [toasts],
  );

  const reattach = useCallback(
    async (orphan: Highlight) => {
      if (!selection) return;
      const { quote, position } = describeRange(text, selection.start, selection.end);
      await inDb(updateHighlight, orphan.id, {
        quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        position: { start: position.start, end: position.end },
        articleHash: article.hash,
      });
      clearSelection();
      setSelectedId(orphan.id);
    },
    [selection, text, article.hash, clearSelection],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      // The library stays mounted behind the other workspaces: its keys act only while the reader shows.
      if (bodyRef.current && !bodyRef.current.checkVisibility()) return;
      const digit = Number(event.key);
      const colour = COLOR_KEYS[digit - 1];
      if (selection && colour) {
        event.preventDefault();
        void highlight(colour);
      } else if (selectedId && event.key === 'Delete') {
        // Delete only: Backspace is for editing text, and a stray one must never remove the analyst's work.
        const focused = event.target instanceof Element ? event.target.closest('[data-highlight-id]') : null;
        const id = focused?.getAttribute('data-highlight-id') ?? selectedId;
        const target = anchored.find((a) => a.highlight.id === id)?.highlight;
        if (target) {
          event.preventDefault();
          void remove(target);
        }
      } else if (event.key === 'Escape') {
        setSelectedId(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, selectedId, anchored, highlight, remove]);

  const select = useCallback((id: string) => {
    setSelectedId(id);
    const mark = bodyRef.current?.querySelector(`[data-anchor-start="${CSS.escape(id)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  return (
    <ReaderPanes>
      <main className="reader" data-testid="reader">
        <FindBar find={find} />
        <article>
          <header className="reader-header">
            <h1 dir={textDirection(article.title) ?? direction} lang={article.language ?? undefined}>
              {stripBidiControls(article.title)}
            </h1>
            <ArticleOrigin
              libraryId={libraryId}
              article={article}
              entry={entry}
              highlights={[...anchored.map((a) => a.highlight), ...orphans]}
            />
            {onOpen && <AlsoPublished articleId={article.id} onOpen={onOpen} />}
            <OddFileBanner article={article} />
            <ReadingNotes warnings={article.warnings} />
          </header>
          <ArticleBody
            paragraphs={article.paragraphs}
            direction={direction}
            language={article.language}
            anchored={anchored}
            selectedId={selectedId}
            onSelectHighlight={select}
            bodyRef={bodyRef}
          />
        </article>
        {selection && (
          <HighlightToolbar top={selection.top} left={selection.left} onPick={(colour) => void highlight(colour)} />
        )}
      </main>
      <AnnotationsPanel
        libraryId={libraryId}
        article={article}
        anchored={anchored}
        orphans={orphans}
        selectedId={selectedId}
        hasSelection={selection !== null}
        onSelect={select}
        onDelete={(h) => void remove(h)}
        onReattach={(h) => void reattach(h)}
      />
    </ReaderPanes>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
