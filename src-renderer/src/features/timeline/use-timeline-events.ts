// The library's dated highlights as timeline events (current as the analyst dates them), and the tags the
// analyst put on articles (for lanes by tag).
import { useMemo } from 'react';
import { dayNumber, isIsoDate } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineEvent } from '../../../../src-shared/analysis/timeline-model';
import { allHighlights } from '../../db/highlights';
import { useLive } from '../../db/live';
import type { DossierDb } from '../../db/schema';
import { useLibraryId } from '../library/library-context';
import { useEntries } from '../library/use-entries';

const NONE: readonly TimelineEvent[] = [];
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

export function useTimelineEvents(): { events: readonly TimelineEvent[]; ready: boolean } {
  const highlights = useLive(allHighlights, useLibraryId());
  const dated = useMemo(() => (highlights ?? []).filter((h) => h.eventDate && isIsoDate(h.eventDate)), [highlights]);
  const articleIds = useMemo(() => [...new Set(dated.map((h) => h.articleId))].sort(), [dated]);
  // Each event's report date and outlet: its article's catalog entry.
  const entries = useEntries(articleIds);
  const events = useMemo(
    () =>
      dated.map((h): TimelineEvent => {
        const entry = entries.get(h.articleId);
        return {
          kind: 'event',
          id: h.id,
          articleId: h.articleId,
          articleTitle: (entry?.ok ? entry.title : null) ?? h.articleTitle,
          quote: h.quote.exact,
          date: h.eventDate ?? '',
          day: dayNumber(h.eventDate ?? ''),
          reportDate: entry?.ok ? entry.date : null,
          domain: entry?.ok ? entry.domain : null,
          tags: h.tags,
        };
      }),
    [dated, entries],
  );
  return { events: highlights ? events : NONE, ready: highlights !== undefined && entries.ready };
}
