// The library's dated highlights as timeline events, filtered as the library is (through the evidence rows and
// their articles' tags, so the timeline and the evidence table read a filter alike).
import { useMemo } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import { dayNumber, isIsoDate } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineEvent } from '../../../../src-shared/analysis/timeline-model';
import { matchesLibraryFilters } from '../evidence/evidence-rows';
import { useArticleTags } from '../evidence/use-article-tags';
import { useEvidenceRows } from '../evidence/use-evidence-rows';

export function useTimelineEvents(filters: SearchFilters): { events: readonly TimelineEvent[]; ready: boolean } {
  const { rows, ready } = useEvidenceRows();
  const articleTags = useArticleTags();
  const events = useMemo(
    () =>
      rows
        .filter((row) => row.highlight.eventDate && isIsoDate(row.highlight.eventDate))
        .filter((row) => matchesLibraryFilters(row, filters, articleTags.get(row.highlight.articleId)))
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
    [rows, filters, articleTags],
  );
  return { events, ready };
}
