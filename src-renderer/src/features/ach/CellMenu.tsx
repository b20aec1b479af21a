// The small menu a click on a cell opens: the six ratings with their meanings, and Clear. Arrows move in it,
// Enter picks, Escape closes it and gives the focus back to the cell.
import { useEffect, useRef, type ReactNode } from 'react';
import type { AchRating } from '../../../../src-preload/contract/analysis';
import { ACH_RATINGS, RATING_MEANINGS, ratingText } from '../../../../src-shared/analysis/ach';

interface Props {
  readonly label: string;
  readonly current: AchRating | undefined;
  readonly onPick: (rating: AchRating | null) => void;
  readonly onClose: () => void;
}

const KEYS: Readonly<Record<AchRating, string>> = { CC: 'Shift+C', C: 'C', N: 'N', I: 'I', II: 'Shift+I', NA: 'A' };

export function CellMenu({ label, current, onPick, onClose }: Props): ReactNode {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const items = menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]');
    const at = current ? ACH_RATINGS.indexOf(current) : 0;
    items?.[at]?.focus();
  }, [current]);
  const step = (delta: number): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    items[(at + delta + items.length) % items.length]?.focus();
  };
  return (
    <div
      ref={menu}
      className="ach-cell-menu"
      role="menu"
      aria-label={label}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'ArrowDown') step(1);
        else if (e.key === 'ArrowUp') step(-1);
        else if (e.key === 'Escape' || e.key === 'Tab') onClose();
        else return;
        e.preventDefault();
      }}
      onBlur={(e) => {
        if (!menu.current?.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      {ACH_RATINGS.map((rating) => (
        <button
          key={rating}
          type="button"
          role="menuitemradio"
          aria-checked={rating === current}
          tabIndex={-1}
          className={`rating-${rating.toLowerCase()}`}
          onClick={() => onPick(rating)}
        >
          <b>{ratingText(rating)}</b> {RATING_MEANINGS[rating]} <kbd>{KEYS[rating]}</kbd>
        </button>
      ))}
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => onPick(null)}>
        Clear <kbd>Delete</kbd>
      </button>
    </div>
  );
}
