// Filters on the analyst's work: annotated articles only, by highlight colour, by tag.
import type { ReactNode } from 'react';
import type { ColorKey } from '../../db/schema';
import { usePalette } from '../highlights/use-palette';
import { isWorkFilterActive, NO_WORK_FILTER, type WorkFilter } from './use-annotation-index';

interface Props {
  readonly filter: WorkFilter;
  readonly tags: readonly string[];
  readonly onChange: (filter: WorkFilter) => void;
}

export function WorkFilterBar({ filter, tags, onChange }: Props): ReactNode {
  const palette = usePalette();
  const toggleColour = (key: ColorKey): void => {
    const colours = new Set(filter.colours);
    if (colours.has(key)) colours.delete(key);
    else colours.add(key);
    onChange({ ...filter, colours });
  };
  return (
    <div className="work-filter" role="group" aria-label="Filter by annotations">
      <label className="check">
        <input type="checkbox" checked={filter.annotatedOnly} onChange={(e) => onChange({ ...filter, annotatedOnly: e.target.checked })} />
        Annotated
      </label>
      <span className="colour-filter">
        {palette.map((entry) => (
          <button
            key={entry.key}
            type="button"
            className={`swatch-button small hl-${entry.key}${filter.colours.has(entry.key) ? ' current' : ''}`}
            aria-pressed={filter.colours.has(entry.key)}
            aria-label={`Only articles with ${entry.label} highlights`}
            title={entry.label}
            onClick={() => toggleColour(entry.key)}
          />
        ))}
      </span>
      <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}>
        <option value="">Any tag</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      {isWorkFilterActive(filter) && (
        <button type="button" className="link" onClick={() => onChange(NO_WORK_FILTER)}>
          Clear
        </button>
      )}
    </div>
  );
}
