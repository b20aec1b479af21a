// The contract's app domain: notices main gives the analyst of what happened outside any request (the
// catalog rebuilt, a worker restarted, the page reloaded after a crash, an error nothing else reported).
// Types only.

export type NoticeKind = 'info' | 'warning' | 'error';

export interface AppNotice {
  /** Counts up from 1 through one run of the app. */
  readonly id: number;
  readonly kind: NoticeKind;
  /** One sentence: what happened. */
  readonly title: string;
  /** What it means for the analyst's work, and what to do, one point a line. */
  readonly lines: readonly string[];
}

export interface LegacyIndex {
  readonly name: string;
  readonly keyPath: string | readonly string[];
  readonly unique: boolean;
  readonly multiEntry: boolean;
}

export interface LegacyStore {
  readonly name: string;
  /** null: the records do not hold their keys, which are then in `keys`, one a record. */
  readonly keyPath: string | readonly string[] | null;
  readonly autoIncrement: boolean;
  readonly indexes: readonly LegacyIndex[];
  readonly records: readonly unknown[];
  readonly keys: readonly unknown[] | null;
}

/**
 * One IndexedDB database as the page kept it while it was served from file://, before app://dossier: its
 * version, schema and every record, so it can be made again, whole, at the new origin.
 */
export interface LegacyDatabase {
  readonly name: string;
  readonly version: number;
  readonly stores: readonly LegacyStore[];
}

/** What the hidden window that reads the old origin hands over: its databases, or why it could not. */
export type LegacyReading =
  | { readonly ok: true; readonly databases: readonly LegacyDatabase[] }
  | { readonly ok: false; readonly message: string };
