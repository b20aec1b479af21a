// The floating toolbar over a text selection: one button per colour (keys 1-5 do the same).
import type { ReactNode } from 'react';
import type { ColorKey } from '../../db/schema';
import { usePalette } from '../../db/palette';

interface Props {
  readonly top: number;
  readonly left: number;
  readonly onPick: (color: ColorKey) => void;
}

export function HighlightToolbar({ top, left, onPick }: Props): ReactNode {
  const palette = usePalette();
  return (
    <div
      className="hl-toolbar"
      role="toolbar"
      aria-label="Highlight selection"
      style={{ top, left }}
      data-testid="highlight-toolbar"
    >
      {palette.map((entry, index) => (
        <button
          key={entry.key}
          type="button"
          className={`swatch-button hl-${entry.key}`}
          title={`${entry.label} (${index + 1})`}
          aria-label={`Highlight as ${entry.label}, key ${index + 1}`}
          // Keep the selection: a mousedown on a button would otherwise clear it first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(entry.key)}
        >
          {index + 1}
        </button>
      ))}
    </div>
  );
}
