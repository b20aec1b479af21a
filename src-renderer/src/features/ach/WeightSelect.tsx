// A row's credibility or relevance weight: low, medium or high. Credibility starts from the quote's grade and
// says so ("from grade B2") until the analyst sets it; once set, the grade's own weight can be taken back.
import type { ReactNode } from 'react';
import type { AchWeight } from '../../../../src-preload/contract/analysis';
import { ACH_WEIGHTS } from '../../../../src-shared/analysis/ach';

interface Props {
  /** The word shown before the field ("Credibility"); `label` names it in full for assistive technology. */
  readonly caption: string;
  readonly label: string;
  readonly value: AchWeight;
  /** The weight the row would have unset, and what it comes from ("grade B2"); null: nothing to go back to. */
  readonly fallback: { readonly weight: AchWeight; readonly from: string } | null;
  /** The value is the fallback (not set by the analyst). */
  readonly isDefault: boolean;
  readonly onChange: (weight: AchWeight | null) => void;
}

const DEFAULT = 'default';

export function WeightSelect({ caption, label, value, fallback, isDefault, onChange }: Props): ReactNode {
  return (
    <span className={`ach-weight weight-${value}`}>
      <span className="ach-weight-caption" aria-hidden="true">
        {caption}
      </span>
      <select
        aria-label={label}
        value={value}
        onChange={(e) => onChange(e.target.value === DEFAULT ? null : (e.target.value as AchWeight))}
      >
        {ACH_WEIGHTS.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
        {fallback && !isDefault && (
          <option value={DEFAULT}>
            back to {fallback.from} ({fallback.weight})
          </option>
        )}
      </select>
      {fallback && isDefault && <span className="muted small ach-weight-from">(from {fallback.from})</span>}
    </span>
  );
}
