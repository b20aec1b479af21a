// Filters that combine with search: date range, source, source grade, language, folder, tag, highlight
// colour, annotated or not; and the sort order.
import type { ReactNode } from 'react';
import type { LanguageCount, SearchFilters as Filters, SearchSort } from '../../../../src-preload/contract';
import { languageName, UNKNOWN_LANGUAGE } from '../../../../src-shared/search/languages';
import { RELIABILITIES, RELIABILITY_MEANINGS, type Reliability } from '../../../../src-shared/sources/grades';
import { usePalette } from '../../db/palette';
import { Choice, DateField } from '../../ui/filter-fields';
import { reversedDates } from './search-messages';
import { meaningLetters } from '../../ui/meaning-letters';

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

/** Sets a key, or removes it when the value is empty, so "no filter" is always the absent key. */
function withValue<K extends keyof Filters>(filters: Filters, key: K, value: Filters[K] | undefined | ''): Filters {
  const next: Record<string, unknown> = { ...filters };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next as Filters;
}

/** "Russian (12)", most articles first, "Unknown language (3)" among them; a chosen one stays listed. */
export function languageOptions(
  languages: readonly LanguageCount[],
  chosen: string | undefined,
): (readonly [string, string])[] {
  const options = languages.map(
    ({ language, articles }) =>
      [language ?? UNKNOWN_LANGUAGE, `${languageName(language)} (${articles.toLocaleString('en')})`] as const,
  );
  if (chosen && !options.some(([tag]) => tag === chosen)) options.push([chosen, `${languageName(chosen)} (0)`]);
  return options;
}

/** "Source grade": a toggle per reliability, any of those pressed; an ungraded outlet counts as F. */
interface GradeFilterProps {
  readonly grades: readonly Reliability[];
  readonly onChange: (next: Reliability[]) => void;
}

function GradeFilter({ grades, onChange }: GradeFilterProps): ReactNode {
  const chosen = new Set(grades);
  return (
    <span className="grade-filter" role="group" aria-label="Source grade">
      <span className="grade-filter-caption" aria-hidden="true">
        Grade
      </span>
      {RELIABILITIES.map((grade) => (
        <button
          key={grade}
          type="button"
          className={`grade-button${chosen.has(grade) ? ' current' : ''}`}
          aria-pressed={chosen.has(grade)}
          aria-label={`Only sources graded ${grade}: ${RELIABILITY_MEANINGS[grade].toLowerCase()}${
            grade === 'F' ? ' (and ungraded)' : ''
          }`}
          title={`${grade}: ${RELIABILITY_MEANINGS[grade]}${grade === 'F' ? ' (and sources not graded)' : ''}`}
          onClick={() => {
            const next = new Set(chosen);
            if (next.has(grade)) next.delete(grade);
            else next.add(grade);
            onChange(RELIABILITIES.filter((r) => next.has(r)));
          }}
        >
          {grade}
        </button>
      ))}
    </span>
  );
}

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
  const palette = usePalette();
  const letters = meaningLetters(palette);
  const colours = new Set(filters.colours ?? []);
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
      <DateField
        caption="From"
        label="Published from"
        value={filters.dateFrom ?? ''}
        onChange={(value) => onChange(withValue(filters, 'dateFrom', value))}
      />
      <DateField
        caption="to"
        label="Published to"
        value={filters.dateTo ?? ''}
        onChange={(value) => onChange(withValue(filters, 'dateTo', value))}
      />
      <Choice
        label="Source"
        any="Any source"
        value={filters.domains?.[0] ?? ''}
        options={domains}
        onChange={(value) => onChange(withValue(filters, 'domains', value ? [value] : undefined))}
      />
      <GradeFilter grades={filters.grades ?? []} onChange={(next) => onChange(withValue(filters, 'grades', next))} />
      <Choice
        label="Language"
        any="Any language"
        value={filters.languages?.[0] ?? ''}
        options={languageOptions(languages, filters.languages?.[0])}
        onChange={(value) => onChange(withValue(filters, 'languages', value ? [value] : undefined))}
      />
      <Choice
        label="Folder"
        any="Any folder"
        value={filters.folder ?? ''}
        options={folders}
        onChange={(value) => onChange(withValue(filters, 'folder', value))}
      />
      <Choice
        label="Filter by tag"
        any="Any tag"
        value={filters.tags?.[0] ?? ''}
        options={tags}
        onChange={(value) => onChange(withValue(filters, 'tags', value ? [value] : undefined))}
      />
      <select
        aria-label="Annotated"
        value={filters.annotated === undefined ? '' : String(filters.annotated)}
        onChange={(e) =>
          onChange(withValue(filters, 'annotated', e.target.value === '' ? undefined : e.target.value === 'true'))
        }
      >
        <option value="">Annotated or not</option>
        <option value="true">Annotated</option>
        <option value="false">Not annotated</option>
      </select>
      <span className="colour-filter">
        {palette.map((entry) => (
          <button
            key={entry.key}
            type="button"
            className={`swatch-button small hl-${entry.key}${colours.has(entry.key) ? ' current' : ''}`}
            aria-pressed={colours.has(entry.key)}
            aria-label={`Only articles with ${entry.label} highlights`}
            title={entry.label}
            onClick={() => {
              const next = new Set(colours);
              if (next.has(entry.key)) next.delete(entry.key);
              else next.add(entry.key);
              onChange(withValue(filters, 'colours', [...next]));
            }}
            data-letter={letters.get(entry.key)}
          />
        ))}
      </span>
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
