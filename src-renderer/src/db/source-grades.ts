// The source register's grades as the brief exports and main's library filter need them: each outlet's
// reliability by its domain (in lower case), judged outlets only (an outlet not listed reads F).
import type { SourceGrade } from '../../../src-preload/contract';
import { DEFAULT_RELIABILITY, type Reliability } from '../../../src-shared/sources/grades';
import type { DossierDb } from './schema';
import { allSources } from './sources';

/** Every outlet graded other than F, by domain in lower case, in domain order (so equal sets compare equal). */
export async function sourceGrades(db: DossierDb): Promise<SourceGrade[]> {
  const records = await allSources(db);
  const grades = new Map<string, Reliability>();
  for (const { domain, reliability } of records) {
    if (reliability !== DEFAULT_RELIABILITY) grades.set(domain.toLowerCase(), reliability);
  }
  return [...grades].map(([domain, reliability]) => ({ domain, reliability }));
}

/** The same as a map from domain (lower case) to reliability. */
export async function reliabilityByDomain(db: DossierDb): Promise<ReadonlyMap<string, Reliability>> {
  return new Map((await sourceGrades(db)).map((grade) => [grade.domain, grade.reliability]));
}
