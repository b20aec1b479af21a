// The evidence table's filters: words in the quote, note or title; the library's own filters (dates, source,
// source grade, language, folder, tag, meaning); and credibility, link type and orphaned.
import type { ReactNode } from 'react';
import { CREDIBILITIES, CREDIBILITY_MEANINGS, type Credibility } from '../../../../src-shared/sources/grades';
import { HIGHLIGHT_LINK_TYPES } from '../../db/schema';
import { Choice } from '../../ui/filter-fields';
import { useLibrary } from '../library/library-context';
import { LINK_TYPE_NAMES } from '../links/link-labels';
import { LibraryFilterFields, type LibraryFilterLabels } from '../search/LibraryFilterFields';
import { evidenceFilterCount, NO_EVIDENCE_FILTERS, type EvidenceFilters, type LinkFilter } from './evidence-filters';

interface Props {
  readonly filters: EvidenceFilters;
  /** The tags on highlights and on their articles' notes. */
  readonly tags: readonly string[];
  readonly onChange: (filters: EvidenceFilters) => void;
}

const NO_STRINGS: readonly string[] = [];

/** A highlight is dated by its article's report; a meaning toggle keeps highlights of that meaning. */
const LABELS: LibraryFilterLabels = {
  from: { caption: 'Reported from', label: 'Reported from' },
  to: { caption: 'to', label: 'Reported to' },
  colour: (meaning) => `Only ${meaning} highlights`,
};

const LINK_OPTIONS: readonly (readonly [string, string])[] = [
  ['linked', 'Any link'],
  ['unlinked', 'No link'],
  ...HIGHLIGHT_LINK_TYPES.map((t) => [t, `Linked: ${LINK_TYPE_NAMES[t]}`] as const),
];

export function EvidenceFilterBar({ filters, tags, onChange }: Props): ReactNode {
  const { summary } = useLibrary();
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
      <LibraryFilterFields
        filters={filters.library}
        options={{
          domains: summary?.domains ?? NO_STRINGS,
          languages: summary?.languages ?? [],
          folders: summary?.folders ?? NO_STRINGS,
          tags,
        }}
        labels={LABELS}
        onChange={(library) => onChange({ ...filters, library })}
      />
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
      <Choice
        label="Link type"
        any="Linked or not"
        value={filters.link}
        options={LINK_OPTIONS}
        onChange={(value) => onChange({ ...filters, link: value as LinkFilter })}
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
