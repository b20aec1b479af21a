// The legend of highlight colours and what each means; the meanings can be renamed in place.
import { useState, type ReactNode } from 'react';
import { inDb } from '../../db/live';
import { renameColour, usePalette } from '../../db/palette';
import type { ColorKey } from '../../db/schema';
import { meaningLetters } from '../../ui/meaning-letters';

export function PaletteLegend(): ReactNode {
  const palette = usePalette();
  const [editing, setEditing] = useState<ColorKey | null>(null);
  const [draft, setDraft] = useState('');
  const letters = meaningLetters(palette);
  const save = (key: ColorKey): void => {
    setEditing(null);
    if (draft.trim()) void inDb(renameColour, key, draft);
  };
  return (
    <ul className="legend" aria-label="Highlight colours">
      {palette.map((entry, index) => (
        <li key={entry.key}>
          <span className={`swatch swatch-letter hl-${entry.key}`} aria-hidden="true">
            {letters.get(entry.key)}
          </span>
          {editing === entry.key ? (
            <input
              autoFocus
              aria-label={`Name for colour ${index + 1}`}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => save(entry.key)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') save(entry.key);
                if (e.key === 'Escape') setEditing(null);
              }}
            />
          ) : (
            <button
              type="button"
              className="legend-label"
              title="Rename this colour's meaning"
              onClick={() => {
                setDraft(entry.label);
                setEditing(entry.key);
              }}
            >
              <kbd>{index + 1}</kbd> {entry.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
