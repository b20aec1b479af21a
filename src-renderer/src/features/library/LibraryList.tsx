// The library list: search as you type with filters and sorting, and a virtualized list of articles (or
// ranked hits with marked snippets) fetched from main a page at a time; missing and unreadable files below.
import { useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import { useLive } from '../../db/live';
import { tagNames } from '../../db/tags';
import { annotationIndex } from '../../db/work-index';
import { plural } from '../../ui/format';
import { VirtualList } from '../../ui/VirtualList';
import { AnnotationSearchNotice } from '../search/AnnotationSearchNotice';
import { activeFilterCount, SearchFilterBar } from '../search/SearchFilters';
import { useLibrarySearch, type LibraryQuery } from '../search/use-library-search';
import { ArticleRow } from './ArticleRow';
import { LibraryAside } from './LibraryAside';
import { useLibrary } from './library-context';

interface Props {
  readonly query: LibraryQuery;
  readonly onQueryChange: (query: LibraryQuery) => void;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  readonly searchRef: RefObject<HTMLInputElement | null>;
}

const NO_TAGS: string[] = [];

export function LibraryList({ query, onQueryChange, selectedId, onSelect, searchRef }: Props): ReactNode {
  const { summary, listVersion, annotationSearch, reading } = useLibrary();
  const results = useLibrarySearch(query, listVersion);
  const libraryId = summary?.libraryId ?? null;
  const work = useLive(annotationIndex, libraryId);
  const tags = useLive(tagNames, libraryId) ?? NO_TAGS;
  const [showFilters, setShowFilters] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const searching = query.text.trim().length > 0;
  const total = results.total ?? 0;
  const articles = summary?.articles ?? 0;

  const move = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = Math.max(0, Math.min(total - 1, (cursor ?? -1) + (event.key === 'ArrowDown' ? 1 : -1)));
    setCursor(next);
    const hit = results.hitAt(next);
    if (hit) onSelect(hit.id);
  };
  const setFilters = (filters: SearchFilters): void => onQueryChange({ ...query, filters });
  const count =
    results.total === null
      ? '…'
      : searching
        ? `${plural(total, 'result')} for “${query.text.trim()}”`
        : plural(total, 'article');

  return (
    <nav className="library" aria-label="Library">
      <div className="library-filter">
        <input
          ref={searchRef}
          type="search"
          placeholder="Search titles, text, highlights, notes, tags"
          aria-label="Search the library"
          value={query.text}
          onChange={(e) => {
            setCursor(null);
            const text = e.target.value;
            onQueryChange({ ...query, text, sort: text.trim() && !searching ? 'relevance' : query.sort });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onQueryChange({ ...query, text: '' });
            if (e.key === 'ArrowDown') move(e);
          }}
        />
        <div className="library-tools">
          <button
            type="button"
            className="link"
            aria-expanded={showFilters}
            onClick={() => setShowFilters(!showFilters)}
          >
            Filters{activeFilterCount(query.filters) > 0 ? ` (${activeFilterCount(query.filters)})` : ''}
          </button>
          <span className="library-count" data-testid="library-count">
            {count}
            {results.elapsedMs !== null && searching && (
              <span className="muted"> · {Math.max(1, Math.round(results.elapsedMs))} ms</span>
            )}
          </span>
        </div>
        {results.corrections.length > 0 && (
          <div className="corrections" data-testid="corrections">
            Showing results for {results.corrections.map((c) => `“${c.to}”`).join(', ')} (you typed{' '}
            {results.corrections.map((c) => `“${c.from}”`).join(', ')})
          </div>
        )}
        {(showFilters || activeFilterCount(query.filters) > 0) && (
          <SearchFilterBar
            filters={query.filters}
            sort={query.sort}
            searching={searching}
            domains={summary?.domains ?? []}
            folders={summary?.folders ?? []}
            tags={tags}
            onChange={setFilters}
            onSort={(sort) => onQueryChange({ ...query, sort })}
          />
        )}
        {results.error && <div className="banner-error small">Search failed: {results.error}</div>}
        <AnnotationSearchNotice sync={annotationSearch} />
      </div>
      {results.total === 0 && articles > 0 && (
        <p className="muted pad">No article matches. Try fewer words or clear the filters.</p>
      )}
      {reading && (
        <p className="muted pad" data-testid="list-empty" aria-busy="true">
          {reading.files === null ? 'Reading the library folder…' : `Reading ${plural(reading.files, 'file')}…`}{' '}
          Articles appear here as they are read.
        </p>
      )}
      {!reading && summary && articles === 0 && (
        <p className="muted pad" data-testid="list-empty">
          {summary.scanning
            ? 'Reading the library folder… articles appear here as they are read.'
            : summary.problem
              ? 'The library folder cannot be opened now: its articles show here once it is back.'
              : 'No article files in the library folder. Drop files here to add them.'}
        </p>
      )}
      <VirtualList
        count={reading?.opening ? 0 : total}
        rowHeight={searching ? 86 : 62}
        label="Articles"
        testId="article-list"
        scrollToIndex={cursor}
        onRangeChange={results.requestRange}
        onKeyDown={move}
        renderRow={(index) => {
          const hit = results.hitAt(index);
          return (
            <ArticleRow
              hit={hit}
              selected={hit !== undefined && hit.id === selectedId}
              highlights={hit ? (work?.get(hit.id)?.highlights ?? 0) : 0}
              onOpen={() => {
                setCursor(index);
                if (hit) onSelect(hit.id);
              }}
            />
          );
        }}
      />
      <LibraryAside selectedId={selectedId} onSelect={onSelect} />
    </nav>
  );
}
