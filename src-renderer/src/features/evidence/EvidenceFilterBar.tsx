// The evidence table's filters: words in the quote, note or title; the library's own filters (dates, source,
// source grade, language, folder, tag, meaning); and credibility, link type and orphaned.
import type { ReactNode } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import {
  CREDIBILITIES,
  CREDIBILITY_MEANINGS,
  RELIABILITIES,
  RELIABILITY_MEANINGS,
  type Credibility,
  type Reliability,
} from '../../../../src-shared/sources/grades';
import { usePalette } from '../../db/palette';
import { HIGHLIGHT_LINK_TYPES } from '../../db/schema';
import { Choice, DateField } from '../../ui/filter-fields';
import { meaningLetters } from '../../ui/meaning-letters';
import { useLibrary } from '../library/library-context';
import { LINK_TYPE_NAMES } from '../links/link-labels';
import { languageOptions } from '../search/SearchFilters';
import { evidenceFilterCount, NO_EVIDENCE_FILTERS, type EvidenceFilters, type LinkFilter } from './evidence-filters';

interface Props {
  readonly filters: EvidenceFilters;
  readonly tags: readonly string[];
  readonly onChange: (filters: EvidenceFilters) => void;
}

const NO_STRINGS: readonly string[] = [];

/** Sets a library filter, or removes it when empty, so "no filter" is always the absent key. */
function withLibrary<K extends keyof SearchFilters>(
  filters: EvidenceFilters,
  key: K,
  value: SearchFilters[K] | undefined | '',
): EvidenceFilters {
  const next: Record<string, unknown> = { ...filters.library };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return { ...filters, library: next as SearchFilters };
}

function toggled<T>(list: readonly T[] | undefined, value: T, order: readonly T[]): T[] {
  const set = new Set(list ?? []);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
}

const LINK_OPTIONS: readonly (readonly [string, string])[] = [
  ['linked', 'Any link'],
  ['unlinked', 'No link'],
  ...HIGHLIGHT_LINK_TYPES.map((t) => [t, `Linked: ${LINK_TYPE_NAMES[t]}`] as const),
];

export function EvidenceFilterBar({ filters, tags, onChange }: Props): ReactNode {
  const { summary } = useLibrary();
  const palette = usePalette();
  const letters = meaningLetters(palette);
  const library = filters.library;
  const colours = new Set<string>(library.colours ?? []);
  const grades = new Set<Reliability>(library.grades ?? []);
  return (
    <div className="evidence-filters" role="group" aria-label="Filter the evidence">
      <input
        type="search"
        className="evidence-text-filter"
        aria-label="Filter by words in the quote, note or title"
        placeholder="Words in quote, note or title"
        value={filters.text}
        onChange={(e) => onChange({ ...filters, text: e.target.value })}
      />
      <DateField
        caption="Reported from"
        label="Reported from"
        value={library.dateFrom ?? ''}
        onChange={(value) => onChange(withLibrary(filters, 'dateFrom', value))}
      />
      <DateField
        caption="to"
        label="Reported to"
        value={library.dateTo ?? ''}
        onChange={(value) => onChange(withLibrary(filters, 'dateTo', value))}
      />
      <Choice
        label="Source"
        any="Any source"
        value={library.domains?.[0] ?? ''}
        options={summary?.domains ?? NO_STRINGS}
        onChange={(value) => onChange(withLibrary(filters, 'domains', value ? [value] : undefined))}
      />
      <span className="grade-filter" role="group" aria-label="Source grade">
        <span className="grade-filter-caption" aria-hidden="true">
          Grade
        </span>
        {RELIABILITIES.map((grade) => (
          <button
            key={grade}
            type="button"
            className={`grade-button${grades.has(grade) ? ' current' : ''}`}
            aria-pressed={grades.has(grade)}
            aria-label={`Only sources graded ${grade}: ${RELIABILITY_MEANINGS[grade].toLowerCase()}`}
            title={`${grade}: ${RELIABILITY_MEANINGS[grade]}${grade === 'F' ? ' (and sources not graded)' : ''}`}
            onClick={() => onChange(withLibrary(filters, 'grades', toggled(library.grades, grade, RELIABILITIES)))}
          >
            {grade}
          </button>
        ))}
      </span>
      <Choice
        label="Credibility"
        any="Any credibility"
        value={filters.credibility === undefined ? '' : String(filters.credibility)}
        options={CREDIBILITIES.map((c) => [String(c), `${c}: ${CREDIBILITY_MEANINGS[c]}`] as const)}
        onChange={(value) => {
          const { credibility: _old, ...rest } = filters;
          onChange(value ? { ...rest, credibility: Number(value) as Credibility } : rest);
        }}
      />
      <span className="colour-filter" role="group" aria-label="Meaning">
        {palette.map((entry) => (
          <button
            key={entry.key}
            type="button"
            className={`swatch-button small hl-${entry.key}${colours.has(entry.key) ? ' current' : ''}`}
            aria-pressed={colours.has(entry.key)}
            aria-label={`Only ${entry.label} highlights`}
            title={entry.label}
            onClick={() =>
              onChange(
                withLibrary(
                  filters,
                  'colours',
                  toggled(
                    library.colours,
                    entry.key,
                    palette.map((p) => p.key),
                  ),
                ),
              )
            }
            data-letter={letters.get(entry.key)}
          />
        ))}
      </span>
      <Choice
        label="Link type"
        any="Linked or not"
        value={filters.link}
        options={LINK_OPTIONS}
        onChange={(value) => onChange({ ...filters, link: value as LinkFilter })}
      />
      <Choice
        label="Language"
        any="Any language"
        value={library.languages?.[0] ?? ''}
        options={languageOptions(summary?.languages ?? [], library.languages?.[0])}
        onChange={(value) => onChange(withLibrary(filters, 'languages', value ? [value] : undefined))}
      />
      <Choice
        label="Folder"
        any="Any folder"
        value={library.folder ?? ''}
        options={summary?.folders ?? NO_STRINGS}
        onChange={(value) => onChange(withLibrary(filters, 'folder', value))}
      />
      <Choice
        label="Filter by tag"
        any="Any tag"
        value={library.tags?.[0] ?? ''}
        options={tags}
        onChange={(value) => onChange(withLibrary(filters, 'tags', value ? [value] : undefined))}
      />
      <label className="evidence-orphaned-filter">
        <input
          type="checkbox"
          checked={filters.orphaned}
          onChange={(e) => onChange({ ...filters, orphaned: e.target.checked })}
        />
        Orphaned
      </label>
      {evidenceFilterCount(filters) > 0 && (
        <button type="button" className="link" onClick={() => onChange(NO_EVIDENCE_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
