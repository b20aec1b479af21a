// The grade of each highlight row of a matrix, current as the register and the highlights change: the
// reliability of its article's outlet and the highlight's own credibility. Typed rows have none.
import { useMemo } from 'react';
import { highlightsOfMatrix } from '../../db/ach';
import { useLive } from '../../db/live';
import type { AchMatrix, Highlight } from '../../db/schema';
import { reliabilityOf } from '../../db/sources';
import { useEntries } from '../library/use-entries';
import { useSourceGrades } from '../sources/use-source-grades';
import type { RowGrade } from './matrix-scores';

const NONE: ReadonlyMap<string, Highlight> = new Map();

export interface RowGrades {
  /** Grades by row id. */
  readonly grades: ReadonlyMap<string, RowGrade>;
  /** The quoted highlights by highlight id (a deleted one is missing). */
  readonly highlights: ReadonlyMap<string, Highlight>;
}

export function useRowGrades(matrix: AchMatrix): RowGrades {
  const highlights = useLive(highlightsOfMatrix, matrix.id) ?? NONE;
  const articleIds = useMemo(
    () => [...new Set(matrix.rows.flatMap((r) => (r.kind === 'highlight' ? [r.articleId] : [])))],
    [matrix.rows],
  );
  const entries = useEntries(articleIds);
  const sources = useSourceGrades();
  const grades = useMemo(() => {
    const map = new Map<string, RowGrade>();
    for (const row of matrix.rows) {
      if (row.kind !== 'highlight') continue;
      const entry = entries.get(row.articleId);
      const reliability = reliabilityOf(sources, entry?.ok ? entry.domain : null);
      const highlight = row.highlightId ? highlights.get(row.highlightId) : undefined;
      map.set(row.id, { reliability, credibility: highlight?.credibility });
    }
    return map;
  }, [matrix.rows, entries, sources, highlights]);
  return { grades, highlights };
}
