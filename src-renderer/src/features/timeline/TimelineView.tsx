// The Timeline workspace: the library's articles by publication date and its dated highlights by event date on
// one zoomable axis (buttons, Ctrl+wheel, + and −), in lanes by story or tag, filtered like the library; the
// range in view goes to a brief or a CSV file. Its grouping, zoom and middle day are remembered per library.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SearchFilters } from '../../../../src-preload/contract';
import type { TimelineGrouping } from '../../../../src-preload/contract/analysis';
import { dayNumber } from '../../../../src-shared/analysis/timeline-dates';
import { lastDayOf, type Lane, type TimelineItem } from '../../../../src-shared/analysis/timeline-model';
import { entriesInRange, itemsTouching } from '../../../../src-shared/analysis/timeline-range';
import { unitFor, ZOOM_LEVELS } from '../../../../src-shared/analysis/timeline-scale';
import { useLive } from '../../db/live';
import { tagNames } from '../../db/tags';
import { plural } from '../../ui/format';
import { isTypingTarget } from '../../ui/typing';
import { useLibrary } from '../library/library-context';
import type { QuoteTarget } from '../links/link-navigation';
import { activeFilterCount, SearchFilterBar } from '../search/SearchFilters';
import { LABEL_WIDTH, layLanes } from './chart-layout';
import { spanText } from './date-text';
import { TimelineChart } from './TimelineChart';
import { TimelineExport } from './TimelineExport';
import { readTimelineMemory, writeTimelineMemory, zoomLevelOf, type TimelineMemory } from './timeline-memory';
import { useTimelineLanes } from './use-timeline-lanes';
import './timeline.css';

interface Props {
  /** Opens the quote's article in the library workspace with the highlight's card selected. */
  readonly onOpenQuote: (target: QuoteTarget) => void;
  /** Opens an article in the library workspace. */
  readonly onOpenArticle: (articleId: string) => void;
}

const UNIT_NAMES = { day: 'Days', week: 'Weeks', month: 'Months', year: 'Years' } as const;
const NO_TAGS: string[] = [];
const NOTHING_YET =
  'Nothing to place yet. Articles with a date appear at their publication date; give a highlight an event date ' +
  '(its card suggests one from its words) to see when it happened.';
const readCount = (read: number, total: number | null): string =>
  `${read.toLocaleString()} of ${(total ?? 0).toLocaleString()}`;

/** The first and last day to draw: every item (an event to the last day of its span), with a margin either side. */
function domainOf(lanes: readonly Lane[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const lane of lanes) {
    first = Math.min(first, lane.items[0]?.day ?? Infinity);
    for (const { item } of lane.items) last = Math.max(last, lastDayOf(item));
  }
  if (first > last) return null;
  const margin = Math.max(3, Math.round((last - first) * 0.02));
  return { first: first - margin, last: last + margin };
}

/** The closest zoom in which `days` fit `width` pixels. */
function fittingZoom(days: number, width: number): number {
  const fits = ZOOM_LEVELS.findLastIndex((px) => px * days <= width);
  return Math.max(0, fits);
}

/** Articles and events from `from` to `to` in every lane (an item in two lanes counted twice). */
function countIn(lanes: readonly Lane[], from: string, to: string): { articles: number; events: number } {
  let articles = 0;
  let events = 0;
  for (const lane of lanes) {
    for (const { item } of itemsTouching(lane, dayNumber(from), dayNumber(to))) {
      if (item.kind === 'event') events++;
      else articles++;
    }
  }
  return { articles, events };
}

/** Each library's timeline starts afresh from what it remembers. */
export function TimelineView(props: Props): ReactNode {
  const { summary } = useLibrary();
  const libraryId = summary?.libraryId ?? null;
  return <TimelineWorkspace key={libraryId ?? ''} libraryId={libraryId} {...props} />;
}

function TimelineWorkspace({
  libraryId,
  onOpenQuote,
  onOpenArticle,
}: Props & { readonly libraryId: string | null }): ReactNode {
  const { summary } = useLibrary();
  const tags = useLive(tagNames, libraryId) ?? NO_TAGS;
  const [remembered] = useState(() => (libraryId === null ? null : readTimelineMemory(libraryId)));
  const [grouping, setGrouping] = useState<TimelineGrouping>(remembered?.grouping ?? 'none');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [showFilters, setShowFilters] = useState(false);
  const rememberedZoom = remembered?.pxPerDay ?? null;
  const rememberedMiddle = remembered?.middle ?? null;
  const [zoom, setZoom] = useState<number | null>(rememberedZoom === null ? null : zoomLevelOf(rememberedZoom));
  // The remembered middle day is shown again (only with its zoom: without one, the first fit places the view).
  const [show, setShow] = useState<{ from: number; to: number } | null>(
    rememberedZoom === null || rememberedMiddle === null ? null : { from: rememberedMiddle, to: rememberedMiddle },
  );
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const section = useRef<HTMLElement>(null);
  const memory = useRef<TimelineMemory>(remembered ?? { grouping, pxPerDay: null, middle: null });
  const remember = useCallback(
    (change: Partial<TimelineMemory>) => {
      memory.current = { ...memory.current, ...change };
      if (libraryId !== null) writeTimelineMemory(libraryId, memory.current);
    },
    [libraryId],
  );
  useEffect(
    () => remember({ grouping, pxPerDay: zoom === null ? null : (ZOOM_LEVELS[zoom] ?? null) }),
    [remember, grouping, zoom],
  );
  const onMiddle = useCallback((middle: number) => remember({ middle }), [remember]);
  const data = useTimelineLanes(grouping, filters);
  const domain = useMemo(() => domainOf(data.lanes), [data.lanes]);
  const trackWidth = (): number => Math.max(200, (section.current?.clientWidth ?? 1000) - LABEL_WIDTH - 24);

  // The first page of articles (with the events) sets the zoom that fits them all.
  const firstFit = zoom === null && domain !== null && data.articles.total !== null;
  useEffect(() => {
    if (firstFit && domain) fit(domain);
  });
  const level = zoom ?? 0;
  const pxPerDay = ZOOM_LEVELS[level] ?? 1;
  const unit = unitFor(pxPerDay);
  const laid = useMemo(() => layLanes(data.lanes, unit, expanded), [data.lanes, unit, expanded]);

  const zoomBy = useCallback((step: 1 | -1) => {
    setZoom((z) => Math.min(ZOOM_LEVELS.length - 1, Math.max(0, (z ?? 0) + step)));
  }, []);
  const zoomTo = (from: number, to: number): void => {
    setZoom(fittingZoom((to - from) * 1.5, trackWidth()));
    setShow({ from, to: to - 1 });
  };
  function fit(span: { first: number; last: number }): void {
    setZoom(fittingZoom(span.last - span.first + 1, trackWidth()));
    setShow({ from: span.first, to: span.last });
  }
  const open = (item: TimelineItem): void => {
    if (item.kind === 'event') onOpenQuote({ id: item.id, articleId: item.articleId });
    else onOpenArticle(item.id);
  };
  const onRange = useCallback((from: string, to: string) => setRange({ from, to }), []);
  // + and − zoom wherever the focus is while the timeline shows (a field typed in keeps its keys).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (isTypingTarget(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      if (event.key === '+' || event.key === '=') zoomBy(1);
      else if (event.key === '-' || event.key === '_') zoomBy(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [zoomBy]);
  const counts = range ? countIn(data.lanes, range.from, range.to) : null;
  const entries = (): ReturnType<typeof entriesInRange> =>
    range ? entriesInRange(data.lanes, range.from, range.to, grouping !== 'none') : [];
  const filterCount = activeFilterCount(filters);
  const loading = data.articles.loading && data.articles.total !== null;

  return (
    <section
      ref={section}
      className="timeline-view"
      role="tabpanel"
      id="panel-timeline"
      aria-labelledby="tab-timeline"
      data-testid="timeline-view"
    >
      <header className="timeline-header">
        <h2>Timeline</h2>
        <label>
          Group by
          <select
            aria-label="Group by"
            value={grouping}
            onChange={(e) => setGrouping(e.target.value as TimelineGrouping)}
          >
            <option value="none">Nothing</option>
            <option value="story">Story</option>
            <option value="tag">Tag</option>
          </select>
        </label>
        <span className="timeline-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            aria-label="Zoom out"
            aria-keyshortcuts="-"
            title="Zoom out (−, Ctrl+wheel)"
            onClick={() => zoomBy(-1)}
            disabled={level === 0}
          >
            −
          </button>
          <span className="timeline-unit" data-testid="timeline-unit">
            {UNIT_NAMES[unit]}
          </span>
          <button
            type="button"
            aria-label="Zoom in"
            aria-keyshortcuts="+"
            title="Zoom in (+, Ctrl+wheel)"
            onClick={() => zoomBy(1)}
            disabled={level === ZOOM_LEVELS.length - 1}
          >
            +
          </button>
          <button type="button" onClick={() => domain && fit(domain)} disabled={!domain}>
            Fit all
          </button>
        </span>
        <button type="button" className="link" aria-expanded={showFilters} onClick={() => setShowFilters(!showFilters)}>
          Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
        <TimelineExport range={domain ? range : null} grouping={grouping} entries={entries} />
      </header>
      {showFilters && (
        <div className="timeline-filters">
          <SearchFilterBar
            filters={filters}
            domains={summary?.domains ?? []}
            languages={summary?.languages ?? []}
            folders={summary?.folders ?? []}
            tags={tags}
            onChange={setFilters}
          />
        </div>
      )}
      <p className="timeline-status muted small" role="status" data-testid="timeline-status">
        {range && counts && domain ? (
          <>
            <span data-testid="timeline-range">{spanText(range.from, range.to)}</span>:{' '}
            {plural(counts.articles, 'article')}, {plural(counts.events, 'event')}
          </>
        ) : null}
        {loading && ` · reading ${readCount(data.articles.articles.length, data.articles.total)} articles…`}
        {data.articles.undated > 0 && ` · ${plural(data.articles.undated, 'undated article')} not placed`}
        {data.articles.error && (
          <span className="banner-error"> The articles could not be read: {data.articles.error}</span>
        )}
      </p>
      {domain ? (
        <TimelineChart
          lanes={laid}
          unit={unit}
          pxPerDay={pxPerDay}
          first={domain.first}
          last={domain.last}
          show={show}
          onRange={onRange}
          onMiddle={onMiddle}
          onZoom={zoomBy}
          onZoomTo={zoomTo}
          onExpand={(key) => setExpanded((set) => new Set(set).add(key))}
          onOpen={open}
        />
      ) : (
        <div className="timeline-empty" data-testid="timeline-empty">
          {data.articles.loading ? (
            <p className="muted">Placing the library’s articles…</p>
          ) : (
            <p className="muted">
              {filterCount > 0 ? 'Nothing matches these filters. Clear a filter to see more.' : NOTHING_YET}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
