// The fields a filter bar is made of: a choice among values with an "any" first (the empty value), and a
// labelled date. The library's filters and the evidence picker share them.
import type { ReactNode } from 'react';

interface ChoiceProps {
  readonly label: string;
  /** What the empty value reads as: "Any source". */
  readonly any: string;
  readonly value: string;
  /** Values, or [value, what it reads as] pairs. */
  readonly options: readonly (string | readonly [string, string])[];
  readonly onChange: (value: string) => void;
}

export function Choice({ label, any, value, options, onChange }: ChoiceProps): ReactNode {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{any}</option>
      {options.map((option) => {
        const [key, text] = typeof option === 'string' ? [option, option] : option;
        return (
          <option key={key} value={key}>
            {text}
          </option>
        );
      })}
    </select>
  );
}

interface DateProps {
  /** The word before the field ("From", "to"). */
  readonly caption: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function DateField({ caption, label, value, onChange }: DateProps): ReactNode {
  return (
    <label>
      {caption} <input type="date" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
