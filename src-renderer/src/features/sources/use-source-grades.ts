// The source register as screens read it, current as grades change: the whole register by domain, or one
// outlet's reliability (F until graded).
import type { Reliability } from '../../../../src-shared/sources/grades';
import { useLive } from '../../db/live';
import type { SourceRecord } from '../../db/schema';
import { reliabilityOf, sourceMap } from '../../db/sources';

const EMPTY: ReadonlyMap<string, SourceRecord> = new Map();

/** Every graded or noted outlet by its domain; empty until the database answers. */
export function useSourceGrades(): ReadonlyMap<string, SourceRecord> {
  return useLive(sourceMap) ?? EMPTY;
}

/** The outlet's reliability: F for an outlet never graded, or an article without a domain. */
export function useSourceGrade(domain: string | null | undefined): Reliability {
  return reliabilityOf(useSourceGrades(), domain);
}
