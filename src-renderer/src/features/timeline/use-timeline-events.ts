// The library's dated highlights as timeline events, filtered as the library is (through the evidence rows, so
// the timeline and the evidence table read a filter alike), and the tags the analyst put on articles (for lanes
// by tag).
import { useMemo } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import { dayNumber, isIsoDate } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineEvent } from '../../../../src-shared/analysis/timeline-model';
import { useLive } from '../../db/live';
import type { DossierDb } from '../../db/schema';
import { matchesLibraryFilters } from '../evidence/evidence-rows';
import { useEvidenceRows } from '../evidence/use-evidence-rows';
import { useLibraryId } from '../library/library-context';

const NO_TAGS: ReadonlyMap<string, string[]> = new Map();

/** Each article's own tags, by article id. */
async function articleTagsOf(db: DossierDb, libraryId: string | null): Promise<ReadonlyMap<string, string[]>> {
  if (libraryId === null) return new Map();
  const notes = await db.articleAnnotations.where('libraryId').equals(libraryId).toArray();
  return new Map(notes.filter((n) => n.tags.length > 0).map((n) => [n.articleId, n.tags]));
}

export function useArticleTags(): ReadonlyMap<string, string[]> {
  return useLive(articleTagsOf, useLibraryId()) ?? NO_TAGS;
}

export function useTimelineEvents(filters: SearchFilters): { events: readonly TimelineEvent[]; ready: boolean } {
  const { rows, ready } = useEvidenceRows();
  const events = useMemo(
    () =>
      rows
        .filter((row) => row.highlight.eventDate && isIsoDate(row.highlight.eventDate))
        .filter((row) => matchesLibraryFilters(row, filters))
        .map(({ highlight: h, entry, reportDate }): TimelineEvent => {
          const date = h.eventDate ?? '';
          // A span's end is kept only when it is a day after the first (a damaged one reads as one day).
          const end = h.eventDateEnd && isIsoDate(h.eventDateEnd) && h.eventDateEnd > date ? h.eventDateEnd : null;
          return {
            kind: 'event',
            id: h.id,
            articleId: h.articleId,
            articleTitle: entry?.title ?? h.articleTitle,
            quote: h.quote.exact,
            date,
            day: dayNumber(date),
            ...(end === null ? {} : { end, lastDay: dayNumber(end) }),
            reportDate,
            domain: entry?.domain ?? null,
            tags: h.tags,
          };
        }),
    [rows, filters],
  );
  return { events, ready };
}
