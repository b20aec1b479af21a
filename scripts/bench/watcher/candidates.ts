// The watchers the watcher bench compares, all behind the app's own bookkeeping (folder-watcher.ts) with
// the same stable-write rule, and the figures one run of one of them yields.
import type { TreeWatch } from '../../../src-main/library/watch-contract';
import { nodeRecursiveWatch } from '../../../src-main/library/watcher';
import type { EventKind } from './event-log';
import { parcelTreeWatch } from './parcel-tree-watch';
import type { ProcessCost } from './process-cost';
import type { CaseResult } from './watcher-cases';

/** The watchers compared, by the name the bench passes. */
export const WATCHERS = {
  folders: { label: 'fs.watch per folder (the app on Linux)', tree: null },
  'node-recursive': { label: 'fs.watch recursive (macOS/Windows mode)', tree: nodeRecursiveWatch },
  parcel: { label: '@parcel/watcher 2.6.0', tree: parcelTreeWatch },
} as const satisfies Record<string, { label: string; tree: TreeWatch | null }>;
export type WatcherName = keyof typeof WATCHERS;

export interface WatcherRunResult {
  readonly watcher: WatcherName;
  readonly folders: number;
  readonly files: number;
  /** Baseline: listing every folder once (readdir), in this process, just before the watcher starts. */
  readonly walkMs: number;
  readonly readyMs: number;
  readonly before: ProcessCost;
  readonly ready: ProcessCost;
  readonly peakRssMb: number;
  /** Write -> report, per kind, in ms; `missed` counts writes never reported. */
  readonly latency: Readonly<Record<EventKind, readonly number[]>>;
  readonly missed: number;
  readonly cases: readonly CaseResult[];
  readonly errors: readonly string[];
}
