// Which snapshots rotation keeps: the latest few, plus the last one of each recent day, so a mistake is
// recoverable for a month while the folder stays small. Pure, so the rule is tested on its own.

export interface RetentionRule {
  /** The newest this many are always kept. */
  readonly latest: number;
  /** For each of this many days back from today (UTC days), the last snapshot of the day is kept. */
  readonly days: number;
}

export const DEFAULT_RETENTION: RetentionRule = { latest: 20, days: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ids to delete, given every snapshot's id and time. */
export function snapshotsToDelete(
  snapshots: readonly { readonly id: string; readonly takenAt: number }[],
  now: number,
  rule: RetentionRule = DEFAULT_RETENTION,
): string[] {
  const newestFirst = snapshots.toSorted((a, b) => b.takenAt - a.takenAt || b.id.localeCompare(a.id));
  const keep = new Set(newestFirst.slice(0, rule.latest).map((s) => s.id));
  const firstDay = Math.floor(now / DAY_MS) - (rule.days - 1);
  const daysSeen = new Set<number>();
  for (const snapshot of newestFirst) {
    const day = Math.floor(snapshot.takenAt / DAY_MS);
    if (day < firstDay || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(snapshot.id);
  }
  return newestFirst.filter((s) => !keep.has(s.id)).map((s) => s.id);
}
