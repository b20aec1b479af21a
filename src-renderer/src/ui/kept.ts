// Small values kept in localStorage from one session to the next. A store that is missing, full or refused keeps
// nothing for later and never throws: the page goes on as it is for this session.
import { useSyncExternalStore } from 'react';

type Reading = Pick<Storage, 'getItem'>;
type Writing = Pick<Storage, 'setItem'>;

/** The page's localStorage, or null where there is none or reaching it is refused (a blocked profile). */
function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The value kept under `key`; null when there is none, or the store cannot be read. */
export function readKept(key: string, storage: Reading | null = pageStorage()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The JSON value kept under `key`; undefined when there is none, it is damaged, or the store cannot be read. */
export function readKeptJson(key: string, storage: Reading | null = pageStorage()): unknown {
  const raw = readKept(key, storage);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key` if the store takes it; a full or refused store keeps it for this session only. */
export function writeKept(key: string, value: string, storage: Writing | null = pageStorage()): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Not kept past this session.
  }
}

/** Forgets what is kept under `key`. */
export function forgetKept(key: string, storage: Pick<Storage, 'removeItem'> | null = pageStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to forget, or the store refuses: the next session reads what it finds.
  }
}

/** One setting for the whole page: read once from the store, written through to it, and watched by hooks. */
export interface KeptSetting<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

/** A page-wide setting kept under `key`; `parse` turns what is kept (null for nothing) into a value. */
export function keptSetting<T>(
  key: string,
  parse: (raw: string | null) => T,
  serialize: (value: T) => string,
): KeptSetting<T> {
  const listeners = new Set<() => void>();
  let current: { value: T } | null = null;
  const setting: KeptSetting<T> = {
    get: () => (current ??= { value: parse(readKept(key)) }).value,
    set: (value) => {
      current = { value };
      writeKept(key, serialize(value));
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return setting;
}

/** The setting's value as state: components re-render when it is set. */
export function useKeptSetting<T>(setting: KeptSetting<T>): T {
  return useSyncExternalStore(setting.subscribe, setting.get);
}
