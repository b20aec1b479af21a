// The library workspace: the list with its query, the open article, and what shows instead while the
// library is read or when it is empty. It owns the query and the selection; the shell asks it to open
// an article (after an import) or to bring the analyst to the search field (Ctrl+F).
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { useLibrary } from '../features/library/library-context';
import { followRenames } from '../features/library/library-state';
import { LibraryList } from '../features/library/LibraryList';
import { useMissingArticles } from '../features/library/missing-articles';
import { OpenArticleContext, requestHighlight, type QuoteTarget } from '../features/links/link-navigation';
import { Reader } from '../features/reader/Reader';
import type { LibraryQuery } from '../features/search/use-library-search';
import { SidePane } from '../ui/panes/SidePane';
import { LibraryPanes } from './LibraryPanes';
import { EmptyLibrary, MissingFolder, ReadingLibrary } from './LibraryStates';

export interface WorkspaceHandle {
  /** Opens an article (one just added). */
  open(id: string): void;
  /** Opens a highlight's article with its card selected and in view. */
  openQuote(target: QuoteTarget): void;
  /** Puts the caret in the search field, once the workspace is in view. */
  focusSearch(): void;
}

interface Props {
  readonly ref: Ref<WorkspaceHandle>;
  readonly hidden: boolean;
  readonly onAddFiles: () => void;
}

const FIRST_QUERY: LibraryQuery = { text: '', filters: {}, sort: 'date' };

export function Workspace({ ref, hidden, onAddFiles }: Props): ReactNode {
  const { summary, reading, renamedTo } = useLibrary();
  const missing = useMissingArticles();
  const root = summary?.root ?? null;
  const [query, setQuery] = useState<LibraryQuery>(FIRST_QUERY);
  // A selection belongs to the library it was made in, and follows its file when renamed or moved.
  const [chosen, setChosen] = useState<{ root: string | null; id: string | null }>({ root: null, id: null });
  const selectedId = chosen.root === root ? followRenames(chosen.id, renamedTo) : null;
  const select = useCallback((id: string): void => setChosen({ root, id }), [root]);
  const searchRef = useRef<HTMLInputElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);

  useImperativeHandle(
    ref,
    () => ({
      open: (id) => setChosen({ root, id }),
      openQuote: (target) => {
        requestHighlight(target.id);
        setChosen({ root, id: target.articleId });
      },
      focusSearch: () => setFocusRequests((n) => n + 1),
    }),
    [root],
  );
  // After the render that shows the workspace: a hidden field cannot take the focus.
  useEffect(() => {
    if (focusRequests > 0) searchRef.current?.focus();
  }, [focusRequests]);

  const nothing = summary !== null && summary.articles + summary.brokenTotal + missing.length === 0;
  return (
    <LibraryPanes hidden={hidden}>
      <SidePane side="start">
        <LibraryList
          query={query}
          onQueryChange={setQuery}
          selectedId={selectedId}
          onSelect={select}
          searchRef={searchRef}
        />
      </SidePane>
      {reading ? (
        <ReadingLibrary reading={reading} />
      ) : nothing && summary.problem ? (
        <MissingFolder root={summary.problem.root} />
      ) : nothing && selectedId === null ? (
        <EmptyLibrary root={root} onAdd={onAddFiles} />
      ) : (
        <OpenArticleContext.Provider value={select}>
          <Reader id={selectedId} query={query.text} onOpen={select} />
        </OpenArticleContext.Provider>
      )}
    </LibraryPanes>
  );
}
