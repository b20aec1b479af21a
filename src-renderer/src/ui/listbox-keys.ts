// Where a key moves the active row of a one-tab-stop list (the WAI-ARIA listbox pattern): arrows by one,
// PageUp/PageDown by a screenful, Home/End to the ends; null for a key the list does not handle.

/** The row `key` moves to from `current` (null: no row active yet) in a list of `count` rows. */
export function listboxTarget(key: string, current: number | null, count: number, pageSize: number): number | null {
  if (count <= 0) return null;
  const page = Math.max(1, pageSize);
  const last = count - 1;
  const clamp = (index: number): number => Math.max(0, Math.min(last, index));
  switch (key) {
    case 'ArrowDown':
      return current === null ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current === null ? 0 : clamp(current - 1);
    case 'PageDown':
      return clamp((current ?? 0) + page);
    case 'PageUp':
      return clamp((current ?? 0) - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
