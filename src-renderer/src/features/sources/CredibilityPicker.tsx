// Picks how credible a highlight's information is, 1–6 with the standard meanings (a native select: arrows,
// type-ahead and Enter work); not judged reads 6.
import { useId, type ReactNode } from 'react';
import {
  CREDIBILITIES,
  CREDIBILITY_MEANINGS,
  DEFAULT_CREDIBILITY,
  isCredibility,
  type Credibility,
} from '../../../../src-shared/sources/grades';

interface Props {
  readonly value: Credibility | undefined;
  readonly onChange: (value: Credibility) => void;
}

export function CredibilityPicker({ value, onChange }: Props): ReactNode {
  const id = useId();
  return (
    <span className="credibility-picker">
      <label htmlFor={id}>Credibility</label>
      <select
        id={id}
        value={value ?? DEFAULT_CREDIBILITY}
        onChange={(event) => {
          const picked = Number(event.target.value);
          if (isCredibility(picked)) onChange(picked);
        }}
      >
        {CREDIBILITIES.map((c) => (
          <option key={c} value={c}>
            {c} — {CREDIBILITY_MEANINGS[c]}
          </option>
        ))}
      </select>
    </span>
  );
}
