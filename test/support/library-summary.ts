// The summary main gives of an empty library that is not being read, and the report of an annotation set
// indexed whole: answers the bridge and binding tests pass through unchanged.
import type { AnnotationIndexReport, LibrarySummary } from '../../src-preload/contract';

export function emptySummary(root = '/library', version = 1): LibrarySummary {
  return {
    root,
    libraryId: 'library-1',
    formerIds: [],
    otherLibraryIds: [],
    scanning: false,
    version,
    articles: 0,
    broken: [],
    brokenTotal: 0,
    domains: [],
    folders: [],
  };
}

/** main's answer to a set of annotations it indexed whole. */
export function indexedReport(indexed: number): AnnotationIndexReport {
  return { applied: true, indexed, skipped: [], skippedTotal: 0, shortened: [], shortenedTotal: 0 };
}
