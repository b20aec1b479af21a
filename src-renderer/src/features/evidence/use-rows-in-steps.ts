// The rows handed to the evidence table in steps: the first render makes table rows for the first screenfuls
// only, and each following task adds a step, so 20,000 highlights show at once and never block the page in
// one long task while the table makes a row object for each.
import { useEffect, useMemo, useState } from 'react';

/** Rows in the first render: several screenfuls. */
export const FIRST_STEP = 300;
/** Rows added per task after it. */
export const STEP = 2000;

export function useRowsInSteps<T>(all: readonly T[]): readonly T[] {
  const [limit, setLimit] = useState(FIRST_STEP);
  const complete = limit >= all.length;
  useEffect(() => {
    if (complete) return undefined;
    const timer = setTimeout(() => setLimit((n) => n + STEP), 0);
    return () => clearTimeout(timer);
    // oxlint-disable-next-line react/exhaustive-effect-dependencies -- each step (limit) schedules the next
  }, [complete, limit]);
  return useMemo(() => (complete ? all : all.slice(0, limit)), [all, complete, limit]);
}
