// The library list: search as you type with filters and sorting, a virtualized list of articles (or
// ranked hits with marked snippets), and unreadable files and missing articles apart.
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { CatalogEntry, SearchFilters } from '../../../../src-preload/contract';
import type { MissingArticle } from '../../db/identity';
import { formatArticleDate, plural } from '../../ui/format';
import { VirtualList } from '../../ui/VirtualList';
import { activeFilterCount, SearchFilterBar } from '../search/SearchFilters';
import { SnippetText } from '../search/SnippetText';
import { useLibrarySearch, type LibraryQuery } from '../search/use-library-search';
import type { AnnotationIndex } from './use-annotation-index';

interface Props {
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  readonly version: unknown;
  readonly selectedId: string | null;
  readonly query: LibraryQuery;
  readonly onQueryChange: (query: LibraryQuery) => void;
  readonly onSelect: (id: string) => void;
  readonly filterRef: React.RefObject<HTMLInputElement | null>;
  readonly work: AnnotationIndex;
  readonly tags: readonly string[];
  readonly missing: readonly MissingArticle[];
}

function options(entries: ReadonlyMap<string, CatalogEntry>): {
  domains: string[];
  folders: string[];
  broken: (CatalogEntry & { ok: false })[];
} {
  const domains = new Map<string, number>();
  const folders = new Set<string>();
  const broken: (CatalogEntry & { ok: false })[] = [];
  for (const entry of entries.values()) {
    if (!entry.ok) broken.push(entry);
    else if (entry.domain) domains.set(entry.domain, (domains.get(entry.domain) ?? 0) + 1);
    const parts = entry.id.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return {
    domains: [...domains].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d]) => d),
    folders: [...folders].sort(),
    broken: broken.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function LibraryList(props: Props): ReactNode {
  const { entries, selectedId, query, onQueryChange, onSelect, filterRef, work } = props;
  const searching = query.text.trim().length > 0;
  const results = useLibrarySearch(query, props.version);
  const { domains, folders, broken } = useMemo(() => options(entries), [entries]);
  const [showFilters, setShowFilters] = useState(false);
  const [cursor, setCursor] = useState<number | null>(null);
  const total = results.total ?? 0;
  const rowHeight = searching ? 86 : 62;

  const move = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = Math.max(0, Math.min(total - 1, (cursor ?? -1) + (event.key === 'ArrowDown' ? 1 : -1)));
    setCursor(next);
    const hit = results.hitAt(next);
    if (hit) onSelect(hit.id);
  };
  const setFilters = (filters: SearchFilters): void => onQueryChange({ ...query, filters });

  return (
    <nav className="library" aria-label="Library">
      <div className="library-filter">
        <input
          ref={filterRef}
          type="search"
          placeholder="Search titles, text, highlights, notes, tags"
          aria-label="Search the library"
          value={query.text}
          onChange={(e) => {
            setCursor(null);
            onQueryChange({
              ...query,
              text: e.target.value,
              sort: e.target.value.trim() && !searching ? 'relevance' : query.sort,
            });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onQueryChange({ ...query, text: '' });
            if (e.key === 'ArrowDown') move(e);
          }}
        />
        <div className="library-tools">
          <button
            type="button"
            className="link"
            aria-expanded={showFilters}
            onClick={() => setShowFilters(!showFilters)}
          >
            Filters{activeFilterCount(query.filters) > 0 ? ` (${activeFilterCount(query.filters)})` : ''}
          </button>
          <span className="library-count" data-testid="library-count">
            {results.total === null
              ? '…'
              : searching
                ? `${plural(total, 'result')} for “${query.text.trim()}”`
                : plural(total, 'article')}
            {results.elapsedMs !== null && searching && (
              <span className="muted"> · {Math.max(1, Math.round(results.elapsedMs))} ms</span>
            )}
          </span>
        </div>
        {results.corrections.length > 0 && (
          <div className="corrections" data-testid="corrections">
            Showing results for {results.corrections.map((c) => `“${c.to}”`).join(', ')} (you typed{' '}
            {results.corrections.map((c) => `“${c.from}”`).join(', ')})
          </div>
        )}
        {(showFilters || activeFilterCount(query.filters) > 0) && (
          <SearchFilterBar
            filters={query.filters}
            sort={query.sort}
            searching={searching}
            domains={domains}
            folders={folders}
            tags={props.tags}
            onChange={setFilters}
            onSort={(sort) => onQueryChange({ ...query, sort })}
          />
        )}
        {results.error && <div className="banner-error small">Search failed: {results.error}</div>}
      </div>
      {results.total === 0 && entries.size > 0 && (
        <p className="muted pad">No article matches. Try fewer words or clear the filters.</p>
      )}
      {entries.size === 0 && (
        <p className="muted pad">No article files in the library folder. Drop files here to add them.</p>
      )}
      <VirtualList
        count={total}
        rowHeight={rowHeight}
        label="Articles"
        testId="article-list"
        scrollToIndex={cursor}
        onRangeChange={results.requestRange}
        onKeyDown={move}
        renderRow={(index) => {
          const hit = results.hitAt(index);
          if (!hit) return <div className="article-row placeholder" aria-busy="true" />;
          const highlights = work.get(hit.id)?.highlights ?? 0;
          return (
            <button
              type="button"
              data-id={hit.id}
              className={`article-row${hit.id === selectedId ? ' selected' : ''}`}
              aria-current={hit.id === selectedId ? 'true' : undefined}
              onClick={() => {
                setCursor(index);
                onSelect(hit.id);
              }}
              title={hit.id}
            >
              <span className="row-title">{hit.title}</span>
              <span className="row-meta">
                <span>{formatArticleDate(hit.date, hit.dateRaw)}</span>
                {hit.domain && <span className="row-domain">{hit.domain}</span>}
                {highlights > 0 && (
                  <span className="work-badge" aria-label={plural(highlights, 'highlight')}>
                    ✎ {highlights}
                  </span>
                )}
                {hit.matchedIn.includes('annotation') && <span className="row-matched">in your notes</span>}
              </span>
              {hit.snippet && <SnippetText snippet={hit.snippet} />}
            </button>
          );
        }}
      />
      {props.missing.length > 0 && (
        <section className="missing" aria-label="Missing articles" data-testid="missing-list">
          <h2>Missing articles ({props.missing.length})</h2>
          <p className="muted small">Their files are gone; the work on them is kept and comes back with the file.</p>
          <ul>
            {props.missing.map((m) => (
              <li key={m.articleId}>
                <button
                  type="button"
                  className={`missing-row${m.articleId === selectedId ? ' selected' : ''}`}
                  onClick={() => onSelect(m.articleId)}
                >
                  <span className="row-title">{m.title || m.articleId}</span>
                  <span className="row-meta">
                    <span>{m.articleId}</span>
                    <span>{plural(m.highlights, 'highlight')}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {broken.length > 0 && (
        <section className="broken" aria-label="Files that could not be read" data-testid="broken-list">
          <h2>Couldn’t read {plural(broken.length, 'file')}</h2>
          <ul>
            {broken.slice(0, 200).map((entry) => (
              <li key={entry.id}>
                <span className="broken-name">{entry.id}</span>
                <span className="broken-reason">{entry.error}</span>
              </li>
            ))}
          </ul>
          {broken.length > 200 && <p className="muted small">and {plural(broken.length - 200, 'more file')}.</p>}
        </section>
      )}
    </nav>
  );
}
