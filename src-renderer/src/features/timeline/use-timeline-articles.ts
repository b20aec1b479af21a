// Every dated article the library's filters let through, for the timeline: paged from main's search (sorted by
// date, 1,000 at a time, so 100,000 articles arrive in steps the page never blocks on), read again when the
// library changes (or, for a filter on the analyst's annotations, when they do).
import { useEffect, useState } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import { dayNumber } from '../../../../src-shared/analysis/timeline-dates';
import type { TimelineArticle } from '../../../../src-shared/analysis/timeline-model';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { useLibrary } from '../library/library-context';

const PAGE = 1000;
/** A library still changing is read again once it has been still this long. */
const SETTLE_MS = 300;
/** While pages arrive, the screen is refreshed at most this often. */
const SHOW_EVERY_MS = 400;

export interface TimelineArticles {
  readonly articles: readonly TimelineArticle[];
  /** Articles left out because they have no date. */
  readonly undated: number;
  /** How many the library lists for the filters, once known. */
  readonly total: number | null;
  /** Still reading pages (what is shown is partial). */
  readonly loading: boolean;
  readonly error: string | null;
  /** The library's version and the filters the articles were read for. */
  readonly read: string;
}

const EMPTY: TimelineArticles = { articles: [], undated: 0, total: null, loading: true, error: null, read: '' };

/** A filter on highlights, tags or annotation makes the list follow the annotations too. */
const followsAnnotations = (f: SearchFilters): boolean =>
  Boolean(f.tags?.length || f.colours?.length || f.annotated !== undefined);

export function useTimelineArticles(filters: SearchFilters): TimelineArticles {
  const library = useLibrary();
  const [state, setState] = useState<TimelineArticles>(EMPTY);
  const filterKey = JSON.stringify(filters);
  const version = followsAnnotations(filters) ? library.listVersion : String(library.version);
  const open = library.summary !== null;
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    const asked = JSON.parse(filterKey) as SearchFilters;
    // The library's state this read lists (kept with what it found).
    const readFor = `${version}#${filterKey}`;
    const read = async (): Promise<void> => {
      const articles: TimelineArticle[] = [];
      let undated = 0;
      let shownAt = 0;
      setState((s) => ({ ...s, loading: true, error: null }));
      for (let offset = 0; ; offset += PAGE) {
        const page = await getApi().search({ text: '', filters: asked, sort: 'date', offset, limit: PAGE });
        if (!live) return;
        for (const hit of page.hits) {
          if (hit.date === null) undated++;
          else
            articles.push({
              kind: 'article',
              id: hit.id,
              title: hit.title,
              date: hit.date,
              day: dayNumber(hit.date),
              domain: hit.domain,
              story: hit.story?.id ?? null,
            });
        }
        const done = page.hits.length < PAGE || offset + PAGE >= page.total;
        if (done || Date.now() - shownAt > SHOW_EVERY_MS) {
          shownAt = Date.now();
          setState({
            articles: articles.slice(),
            undated,
            total: page.total,
            loading: !done,
            error: null,
            read: readFor,
          });
        }
        if (done) return;
      }
    };
    const timer = setTimeout(() => {
      read().catch((error: unknown) => {
        if (live) setState((s) => ({ ...s, loading: false, error: errorMessage(error) }));
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, filterKey, version]);
  return state;
}
