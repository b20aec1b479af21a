// The name a new brief starts with: the day it was begun ("Brief 30 Nov 2026"), numbered when another
// brief already has that name ("Brief 30 Nov 2026 (2)"), so the list never fills with "Untitled brief".
import { formatDate } from './citations';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The day, in the analyst's own time zone, as `2026-11-30`. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newBriefTitle(existing: readonly string[], now: Date): string {
  const base = `Brief ${formatDate(localDay(now))}`;
  const taken = new Set(existing.map((title) => title.trim()));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} (${n})`)) n++;
  return `${base} (${n})`;
}
