// What one highlight is to another (same claim, supports, contradicts, derived from) as a group of radio
// buttons: the link picker and the evidence table's bulk link dialog ask it alike.
import { useId, type ReactNode } from 'react';
import type { HighlightLinkType } from '../../db/schema';
import { LINK_CHOICES } from './link-labels';
import './links.css';

interface Props {
  /** The group's caption, the subject of the choices: "This highlight…". */
  readonly legend: string;
  readonly value: HighlightLinkType;
  readonly onChange: (type: HighlightLinkType) => void;
}

export function LinkTypeChoice({ legend, value, onChange }: Props): ReactNode {
  const name = `${useId()}-type`;
  return (
    <fieldset className="link-types">
      <legend>{legend}</legend>
      {LINK_CHOICES.map((choice) => (
        <label key={choice.type}>
          <input
            type="radio"
            name={name}
            value={choice.type}
            checked={value === choice.type}
            onChange={() => onChange(choice.type)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
