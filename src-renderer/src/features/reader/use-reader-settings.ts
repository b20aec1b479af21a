// The reader settings as one store for the whole page (the toolbar's Aa popover writes them, the reader and
// the layout read them), kept in localStorage so that they last from one session to the next.
import { useSyncExternalStore } from 'react';
import { parseReaderSettings, type ReaderSettings } from './reader-settings';

const KEY = 'dossier.readerSettings';
const listeners = new Set<() => void>();
let current: ReaderSettings | null = null;

function read(): ReaderSettings {
  if (current) return current;
  try {
    current = parseReaderSettings(localStorage.getItem(KEY));
  } catch {
    current = parseReaderSettings(null);
  }
  return current;
}

export function setReaderSettings(next: ReaderSettings): void {
  current = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage refused: the settings hold for this session.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReaderSettings(): ReaderSettings {
  return useSyncExternalStore(subscribe, read);
}
