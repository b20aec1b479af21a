// Filters that combine with search: date range, source, source grade, language, folder, tag, highlight
// colour, annotated or not; and the sort order.
import type { ReactNode } from 'react';
import type { LanguageCount, SearchFilters as Filters, SearchSort } from '../../../../src-preload/contract';
import { LibraryFilterFields, type LibraryFilterLabels } from './LibraryFilterFields';
import { reversedDates } from './search-messages';

interface Props {
  readonly filters: Filters;
  /** The list's order; a screen without one (the timeline) leaves out the Sort choice. */
  readonly sort?: SearchSort;
  readonly searching?: boolean;
  readonly domains: readonly string[];
  /** The library's languages with their article counts (LibrarySummary.languages). */
  readonly languages: readonly LanguageCount[];
  readonly folders: readonly string[];
  readonly tags: readonly string[];
  readonly onChange: (filters: Filters) => void;
  readonly onSort?: (sort: SearchSort) => void;
}

export function activeFilterCount(filters: Filters): number {
  return [
    filters.dateFrom,
    filters.dateTo,
    filters.domains?.length,
    filters.languages?.length,
    filters.folder,
    filters.tags?.length,
    filters.colours?.length,
    filters.grades?.length,
    filters.annotated !== undefined,
  ].filter(Boolean).length;
}

/** The library and the timeline filter articles by when they were published. */
const LABELS: LibraryFilterLabels = {
  from: { caption: 'From', label: 'Published from' },
  to: { caption: 'to', label: 'Published to' },
  colour: (meaning) => `Only articles with ${meaning} highlights`,
};

export function SearchFilterBar({
  filters,
  sort,
  searching,
  domains,
  languages,
  folders,
  tags,
  onChange,
  onSort,
}: Props): ReactNode {
  const reversed = reversedDates(filters);
  return (
    <div className="search-filters" role="group" aria-label="Filters">
      {onSort && sort && (
        <label>
          Sort
          <select
            aria-label="Sort by"
            value={searching ? sort : sort === 'relevance' ? 'date' : sort}
            onChange={(e) => onSort(e.target.value as SearchSort)}
          >
            {searching && <option value="relevance">Relevance</option>}
            <option value="date">Newest first</option>
            <option value="title">Title</option>
            <option value="grade">Source grade</option>
          </select>
        </label>
      )}
      <LibraryFilterFields
        filters={filters}
        options={{ domains, languages, folders, tags }}
        labels={LABELS}
        annotated
        onChange={onChange}
      />
      {activeFilterCount(filters) > 0 && (
        <button type="button" className="link" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
      {reversed && (
        <p className="filter-note" role="status" data-testid="dates-reversed">
          {reversed}{' '}
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...filters, dateFrom: filters.dateTo, dateTo: filters.dateFrom })}
          >
            Swap the dates
          </button>
        </p>
      )}
    </div>
  );
}
