// The source register's grades, as the page gives them (the register lives in the page's database): one
// table beside the catalog's files, keyed by outlet domain in lower case, looked up by files.domain
// to filter and sort the library list by source grade. An outlet not in it, and an article with no outlet,
// count as F (not judged).
import type { DatabaseSync } from 'node:sqlite';
import type { SourceGrade } from '../../src-preload/contract';
import { DEFAULT_RELIABILITY, RELIABILITIES, reliabilityRank, type Reliability } from '../../src-shared/sources/grades';
import { prepared } from './statements';

export function createSourceGradesTable(db: DatabaseSync): void {
  // Domains are kept in SQLite's lower case and files' domains are looked up in it, so "Reuters.com" in a
  // file and "reuters.com" in the register are one outlet.
  db.exec(`CREATE TABLE IF NOT EXISTS source_grades (
    domain TEXT NOT NULL PRIMARY KEY, reliability TEXT NOT NULL, rank INTEGER NOT NULL
  ) WITHOUT ROWID`);
}

/** Replaces every grade with these, in one transaction; returns how many outlets are graded now. */
export function setSourceGrades(db: DatabaseSync, grades: readonly SourceGrade[]): number {
  const insert = prepared(
    db,
    'INSERT OR REPLACE INTO source_grades (domain, reliability, rank) VALUES (lower(:domain), :reliability, :rank)',
  );
  db.exec('SAVEPOINT source_grades_set');
  try {
    db.exec('DELETE FROM source_grades');
    for (const { domain, reliability } of grades) {
      // F is what an outlet not in the table reads: it is not kept, so the F filter is "none of the others".
      if (reliability !== DEFAULT_RELIABILITY) {
        insert.run({ domain, reliability, rank: reliabilityRank(reliability) });
      }
    }
    db.exec('RELEASE source_grades_set');
  } catch (error) {
    db.exec('ROLLBACK TO source_grades_set; RELEASE source_grades_set');
    throw error;
  }
  return (prepared(db, 'SELECT count(*) AS n FROM source_grades').get() as { n: number }).n;
}

/** A rank per file for ordering: 0 for A … 5 for F and the ungraded (a primary-key lookup per row). */
export const GRADE_RANK_OF_FILE = `coalesce((SELECT g.rank FROM source_grades g WHERE g.domain = lower(f.domain)), ${
  RELIABILITIES.length - 1
})`;

/** The letters come from RELIABILITIES, never from the caller, so they are written into the SQL as literals. */
const letters = (list: readonly Reliability[]): string => list.map((r) => `'${r}'`).join(', ');

/**
 * `f`'s outlet is graded one of these, as a condition on `files f`; null when none or all six are asked for.
 * The graded outlets' domains are read once per query into a set each file's domain is looked up in.
 */
export function gradeCondition(grades: readonly Reliability[]): string | null {
  const wanted = RELIABILITIES.filter((r) => grades.includes(r));
  if (wanted.length === 0 || wanted.length === RELIABILITIES.length) return null;
  const judged = wanted.filter((r) => r !== DEFAULT_RELIABILITY);
  const inJudged = `lower(f.domain) IN (SELECT domain FROM source_grades WHERE reliability IN (${letters(judged)}))`;
  if (!wanted.includes(DEFAULT_RELIABILITY)) return inJudged;
  // With F asked for, an article matches unless its outlet has one of the grades not asked for.
  const others = RELIABILITIES.filter((r) => r !== DEFAULT_RELIABILITY && !wanted.includes(r));
  return `(f.domain IS NULL OR lower(f.domain) NOT IN (
    SELECT domain FROM source_grades WHERE reliability IN (${letters(others)})))`;
}
