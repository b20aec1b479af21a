// The library's filter fields (dates, source, source grade, language, folder, tag, annotated, meaning) as the
// library, the timeline and the evidence table show them: one set of fields, each screen naming its dates.
import type { ReactNode } from 'react';
import type { LanguageCount, SearchFilters } from '../../../../src-preload/contract';
import { languageName, UNKNOWN_LANGUAGE } from '../../../../src-shared/search/languages';
import { RELIABILITIES, RELIABILITY_MEANINGS, type Reliability } from '../../../../src-shared/sources/grades';
import { usePalette } from '../../db/palette';
import { Choice, DateField } from '../../ui/filter-fields';
import { meaningLetters } from '../../ui/meaning-letters';

/** A date field's word before it ("From") and its accessible name ("Published from"). */
export interface DateLabel {
  readonly caption: string;
  readonly label: string;
}

/** What a screen calls its fields: the dates it filters on, and what a meaning toggle keeps. */
export interface LibraryFilterLabels {
  readonly from: DateLabel;
  readonly to: DateLabel;
  /** A meaning toggle's name: "Only articles with Key fact highlights". */
  readonly colour: (meaning: string) => string;
}

/** The values each choice offers: the library's outlets, languages (with counts), folders and tags. */
export interface LibraryFilterOptions {
  readonly domains: readonly string[];
  readonly languages: readonly LanguageCount[];
  readonly folders: readonly string[];
  readonly tags: readonly string[];
}

interface Props {
  readonly filters: SearchFilters;
  readonly options: LibraryFilterOptions;
  readonly labels: LibraryFilterLabels;
  /** Offer "Annotated or not" (the evidence table leaves it out: every highlight is an annotation). */
  readonly annotated?: boolean;
  readonly onChange: (filters: SearchFilters) => void;
}

/** Sets a key, or removes it when the value is empty, so "no filter" is always the absent key. */
export function withValue<K extends keyof SearchFilters>(
  filters: SearchFilters,
  key: K,
  value: SearchFilters[K] | undefined | '',
): SearchFilters {
  const next: Record<string, unknown> = { ...filters };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next as SearchFilters;
}

/** The list with the value added, or taken out when it was in, kept in the given order. */
function toggled<T>(list: readonly T[] | undefined, value: T, order: readonly T[]): T[] {
  const set = new Set(list ?? []);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
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
function GradeFilter({
  grades,
  onChange,
}: {
  readonly grades: readonly Reliability[];
  readonly onChange: (next: Reliability[]) => void;
}): ReactNode {
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
          onClick={() => onChange(toggled(grades, grade, RELIABILITIES))}
        >
          {grade}
        </button>
      ))}
    </span>
  );
}

export function LibraryFilterFields({ filters, options, labels, annotated = false, onChange }: Props): ReactNode {
  const palette = usePalette();
  const letters = meaningLetters(palette);
  const colours = new Set<string>(filters.colours ?? []);
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K] | undefined | ''): void =>
    onChange(withValue(filters, key, value));
  // A choice of one value of a list filter: the first of the list, or none.
  const first = (key: 'domains' | 'languages' | 'tags') => ({
    value: filters[key]?.[0] ?? '',
    onChange: (value: string) => set(key, value ? [value] : undefined),
  });
  return (
    <>
      <DateField
        caption={labels.from.caption}
        label={labels.from.label}
        value={filters.dateFrom ?? ''}
        onChange={(value) => set('dateFrom', value)}
      />
      <DateField
        caption={labels.to.caption}
        label={labels.to.label}
        value={filters.dateTo ?? ''}
        onChange={(value) => set('dateTo', value)}
      />
      <Choice label="Source" any="Any source" options={options.domains} {...first('domains')} />
      <GradeFilter grades={filters.grades ?? []} onChange={(next) => set('grades', next)} />
      <Choice
        label="Language"
        any="Any language"
        options={languageOptions(options.languages, filters.languages?.[0])}
        {...first('languages')}
      />
      <Choice
        label="Folder"
        any="Any folder"
        value={filters.folder ?? ''}
        options={options.folders}
        onChange={(value) => set('folder', value)}
      />
      <Choice label="Filter by tag" any="Any tag" options={options.tags} {...first('tags')} />
      {annotated && (
        <select
          aria-label="Annotated"
          value={filters.annotated === undefined ? '' : String(filters.annotated)}
          onChange={(e) => set('annotated', e.target.value === '' ? undefined : e.target.value === 'true')}
        >
          <option value="">Annotated or not</option>
          <option value="true">Annotated</option>
          <option value="false">Not annotated</option>
        </select>
      )}
      <span className="colour-filter" role="group" aria-label="Meaning">
        {palette.map((entry) => (
          <button
            key={entry.key}
            type="button"
            className={`swatch-button small hl-${entry.key}${colours.has(entry.key) ? ' current' : ''}`}
            aria-pressed={colours.has(entry.key)}
            aria-label={labels.colour(entry.label)}
            title={entry.label}
            onClick={() =>
              set(
                'colours',
                toggled(
                  filters.colours,
                  entry.key,
                  palette.map((p) => p.key),
                ),
              )
            }
            data-letter={letters.get(entry.key)}
          />
        ))}
      </span>
    </>
  );
}
