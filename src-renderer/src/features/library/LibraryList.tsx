// The library list: search as you type with filters and sorting, and a virtualized list of articles (or
// ranked hits with marked snippets) fetched from main a page at a time, or one row per story whose copies
// open below it; missing and unreadable files below.
import { useMemo, useState, type ReactNode, type RefObject } from 'react';
import type { LanguageCount, SearchFilters } from '../../../../src-preload/contract';
import { useLive } from '../../db/live';
import { tagNames } from '../../db/tags';
import { annotationIndex } from '../../db/work-index';
import { plural } from '../../ui/format';
import { VirtualList } from '../../ui/VirtualList';
import { AnnotationSearchNotice } from '../search/AnnotationSearchNotice';
import { QueryProblems, SearchCount } from '../search/SearchCount';
import { noResultsAdvice } from '../search/search-messages';
import { SearchTips } from '../search/SearchTips';
import { activeFilterCount, SearchFilterBar } from '../search/SearchFilters';
import { useLibrarySearch, type LibraryQuery } from '../search/use-library-search';
import { setStoryGrouping, useStoryGrouping } from './story-grouping';
import { useStoryList } from './use-story-list';
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
const NO_LANGUAGES: LanguageCount[] = [];
/** The article list's id: the skip link "Skip to article list" and the search field focus it. */
export const LIST_ID = 'article-list';

export function LibraryList({ query, onQueryChange, selectedId, onSelect, searchRef }: Props): ReactNode {
  const { summary, listVersion, annotationSearch, reading, gradeSync } = useLibrary();
  const grouped = useStoryGrouping();
  const asked = useMemo(() => (grouped ? { ...query, groupStories: true } : query), [query, grouped]);
  // A list filtered or sorted by source grade changes when a grade does; any other does not.
  const byGrade = query.sort === 'grade' || (query.filters.grades?.length ?? 0) > 0;
  const results = useLibrarySearch(asked, byGrade ? `${listVersion}.g${gradeSync.synced}` : listVersion);
  const libraryId = summary?.libraryId ?? null;
  const work = useLive(annotationIndex, libraryId);
  const tags = useLive(tagNames, libraryId) ?? NO_TAGS;
  const [showFilters, setShowFilters] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const searching = query.text.trim().length > 0;
  const articles = summary?.articles ?? 0;
  const rowHeight = searching ? 112 : 80;

  // Moving through the list opens the article under the cursor, as Enter and a click do.
  const open = (index: number): void => {
    setCursor(index);
    const id = list.idAt(index);
    if (id) onSelect(id);
  };
  const list = useStoryList({
    results,
    listKey: JSON.stringify(asked),
    grouped,
    rowHeight,
    selectedId,
    moveTo: open,
    renderHit: (hit, story) => (
      <ArticleRow
        hit={hit}
        selected={hit !== undefined && hit.id === selectedId}
        highlights={hit ? (work?.get(hit.id)?.highlights ?? 0) : 0}
        story={story}
      />
    ),
  });
  const setFilters = (filters: SearchFilters): void => onQueryChange({ ...query, filters });

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
            if (e.key === 'ArrowDown' && list.count > 0) {
              // Down from the search field goes into the results: the list takes the focus.
              e.preventDefault();
              open(Math.min(list.count - 1, (cursor ?? -1) + 1));
              document.getElementById(LIST_ID)?.focus();
            }
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
            <SearchCount results={results} />
          </span>
          <SearchTips />
          <label
            className="story-grouping"
            title="Fold the copies of a story (the same article from other outlets) into one row"
          >
            <input
              type="checkbox"
              checked={grouped}
              onChange={(e) => {
                setCursor(null);
                setStoryGrouping(e.target.checked);
              }}
            />
            One row per story
          </label>
        </div>
        <QueryProblems problems={results.problems} />
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
            languages={summary?.languages ?? NO_LANGUAGES}
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
        <div className="muted pad no-results" data-testid="no-results">
          <p>No article matches.</p>
          {noResultsAdvice(results.shape, results.partial, activeFilterCount(results.shown?.filters ?? {})).map(
            (advice) => (
              <p key={advice}>{advice}</p>
            ),
          )}
        </div>
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
        count={reading?.opening ? 0 : list.count}
        rowHeight={rowHeight}
        rowHeightAt={list.rowHeightAt}
        label="Articles"
        testId="article-list"
        id={LIST_ID}
        idPrefix="article-option"
        activeIndex={cursor}
        onMove={open}
        onActivate={open}
        onKey={list.onKey}
        isSelected={list.isSelected}
        onRangeChange={list.onRangeChange}
        renderRow={list.renderRow}
      />
      <LibraryAside selectedId={selectedId} onSelect={onSelect} />
    </nav>
  );
}
