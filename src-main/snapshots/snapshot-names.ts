// A snapshot's file name says what the Restore screen lists and what rotation and the identical-work check
// need (when, why, how much work, a hash of the content), so listing the folder reads no file. The count of
// ACH matrices is written only when there are some, so a name without one (and every older name) reads as 0.
import type { SnapshotInfo, SnapshotReason } from '../../src-preload/contract';

export interface SnapshotName extends SnapshotInfo {
  /** The first 16 hex digits of the SHA-256 of the document's content (its time of writing left out). */
  readonly hash: string;
}

const REASONS: ReadonlySet<string> = new Set<SnapshotReason>(['auto', 'import', 'restore']);
const PATTERN = new RegExp(
  String.raw`^work-(\d{8})T(\d{6})(\d{3})Z-(auto|import|restore)-` +
    String.raw`(\d{1,9})h-(\d{1,9})n-(\d{1,9})b(?:-(\d{1,9})m)?-([0-9a-f]{16})\.json$`,
);

/** 2025-01-02T03:04:05.678Z as 20250102T030405678Z: sorts as it reads, and is safe in any file system. */
const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[-:.]/g, '');

export function snapshotFileName(info: Omit<SnapshotName, 'id'>): string {
  const { highlights, notes, briefs, matrices } = info.counts;
  const ach = matrices > 0 ? `-${matrices}m` : '';
  return `work-${stamp(info.takenAt)}-${info.reason}-${highlights}h-${notes}n-${briefs}b${ach}-${info.hash}.json`;
}

/** The snapshot a file name describes, or null for any other file (a temporary one, a stranger's). */
export function parseSnapshotName(name: string): SnapshotName | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const [, day = '', time = '', millis = '', reason = '', h = '', n = '', b = '', ach = '0', hash = ''] = m;
  const takenAt = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(millis),
  );
  if (Number.isNaN(takenAt) || !REASONS.has(reason)) return null;
  return {
    id: name,
    takenAt,
    reason: reason as SnapshotReason,
    counts: { highlights: Number(h), notes: Number(n), briefs: Number(b), matrices: Number(ach) },
    hash,
  };
}
