// Whether the library list shows one row per story (the copies of a story folded into one row), as one
// store for the page, kept in localStorage so that it lasts from one session to the next.
import { useSyncExternalStore } from 'react';

const KEY = 'dossier.groupStories';
const listeners = new Set<() => void>();
let current: boolean | null = null;

function read(): boolean {
  if (current !== null) return current;
  try {
    current = localStorage.getItem(KEY) === 'true';
  } catch {
    current = false;
  }
  return current;
}

export function setStoryGrouping(grouped: boolean): void {
  current = grouped;
  try {
    localStorage.setItem(KEY, String(grouped));
  } catch {
    // Storage refused: the choice holds for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStoryGrouping(): boolean {
  return useSyncExternalStore(subscribe, read);
}
