// The source register's grades, as the page gives them (the register lives in the page's database): one
// table beside the catalog's files, keyed by outlet domain without regard to case, joined on files.domain
// to filter and sort the library list by source grade. An outlet not in it, and an article with no outlet,
// count as F (not judged).
import type { DatabaseSync } from 'node:sqlite';
import type { SourceGrade } from '../../src-preload/contract';
import { RELIABILITIES, reliabilityRank, type Reliability } from '../../src-shared/sources/grades';
import { prepared } from './statements';

export function createSourceGradesTable(db: DatabaseSync): void {
  db.exec(`CREATE TABLE IF NOT EXISTS source_grades (
    domain TEXT NOT NULL COLLATE NOCASE PRIMARY KEY, reliability TEXT NOT NULL, rank INTEGER NOT NULL
  ) WITHOUT ROWID`);
}

/** Replaces every grade with these, in one transaction; returns how many outlets are graded now. */
export function setSourceGrades(db: DatabaseSync, grades: readonly SourceGrade[]): number {
  const insert = prepared(
    db,
    'INSERT OR REPLACE INTO source_grades (domain, reliability, rank) VALUES (:domain, :reliability, :rank)',
  );
  db.exec('SAVEPOINT source_grades_set');
  try {
    db.exec('DELETE FROM source_grades');
    for (const { domain, reliability } of grades) {
      insert.run({ domain, reliability, rank: reliabilityRank(reliability) });
    }
    db.exec('RELEASE source_grades_set');
  } catch (error) {
    db.exec('ROLLBACK TO source_grades_set; RELEASE source_grades_set');
    throw error;
  }
  return (db.prepare('SELECT count(*) AS n FROM source_grades').get() as { n: number }).n;
}

/** The reliability of `f`'s outlet, F when the register has not graded it (a primary-key lookup per row). */
const GRADE_OF_FILE = `coalesce((SELECT g.reliability FROM source_grades g WHERE g.domain = f.domain), 'F')`;

/** A rank per file for ordering: 0 for A … 5 for F and the ungraded. */
export const GRADE_RANK_OF_FILE = `coalesce((SELECT g.rank FROM source_grades g WHERE g.domain = f.domain), ${
  RELIABILITIES.length - 1
})`;

/** `f`'s outlet is graded one of these (as a condition on `files f`), or null when all six are asked for. */
export function gradeCondition(grades: readonly Reliability[]): string | null {
  const wanted = RELIABILITIES.filter((r) => grades.includes(r));
  if (wanted.length === 0 || wanted.length === RELIABILITIES.length) return null;
  // The letters are checked against the six above, so they are written into the SQL as literals.
  return `${GRADE_OF_FILE} IN (${wanted.map((r) => `'${r}'`).join(', ')})`;
}
