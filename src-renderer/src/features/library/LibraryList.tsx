// The library list: articles newest first with date and source, a filter, and unreadable files apart.
import { useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CatalogEntry } from '../../../../src-preload/contract';
import type { MissingArticle } from '../../db/identity';
import { formatArticleDate, plural } from '../../ui/format';
import { partitionEntries } from './library-state';
import { matchesWorkFilter, type AnnotationIndex, type WorkFilter } from './use-annotation-index';
import { WorkFilterBar } from './WorkFilterBar';

interface Props {
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  readonly selectedId: string | null;
  readonly filter: string;
  readonly onFilterChange: (filter: string) => void;
  readonly onSelect: (id: string) => void;
  readonly filterRef: React.RefObject<HTMLInputElement | null>;
  readonly work: AnnotationIndex;
  readonly workFilter: WorkFilter;
  readonly onWorkFilterChange: (filter: WorkFilter) => void;
  readonly tags: readonly string[];
  readonly missing: readonly MissingArticle[];
}

export function LibraryList(props: Props): ReactNode {
  const { entries, selectedId, filter, onFilterChange, onSelect, filterRef, work, workFilter } = props;
  const { articles, broken } = useMemo(
    () => partitionEntries(entries.values(), filter, (entry) => matchesWorkFilter(work.get(entry.id), workFilter)),
    [entries, filter, work, workFilter],
  );
  const listRef = useRef<HTMLUListElement>(null);

  const moveSelection = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = articles.findIndex((a) => a.id === selectedId);
    const next = event.key === 'ArrowDown' ? Math.min(articles.length - 1, index + 1) : Math.max(0, index - 1);
    const target = articles[next];
    if (!target) return;
    onSelect(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`)?.focus();
  };

  return (
    <nav className="library" aria-label="Library">
      <div className="library-filter">
        <input
          ref={filterRef}
          type="search"
          placeholder="Filter by title, source or file name"
          aria-label="Filter articles"
          value={filter}
          onChange={(e) => onFilterChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onFilterChange('');
            if (e.key === 'ArrowDown' && articles[0]) {
              e.preventDefault();
              onSelect(articles[0].id);
              listRef.current?.querySelector<HTMLElement>('[data-id]')?.focus();
            }
          }}
        />
        <WorkFilterBar filter={workFilter} tags={props.tags} onChange={props.onWorkFilterChange} />
        <div className="library-count" data-testid="library-count">
          {plural(articles.length, 'article')}
          {filter && ` matching “${filter}”`}
        </div>
      </div>
      {articles.length === 0 && entries.size > 0 && <p className="muted pad">No article matches these filters.</p>}
      {entries.size === 0 && <p className="muted pad">No article files in the library folder. Drop files here to add them.</p>}
      <ul className="article-list" ref={listRef} onKeyDown={moveSelection} data-testid="article-list">
        {articles.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              data-id={entry.id}
              className={`article-row${entry.id === selectedId ? ' selected' : ''}`}
              aria-current={entry.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(entry.id)}
              title={entry.id}
            >
              <span className="row-title">{entry.title}</span>
              <span className="row-meta">
                <span>{formatArticleDate(entry.date, entry.dateRaw)}</span>
                {entry.domain && <span className="row-domain">{entry.domain}</span>}
                <WorkBadge count={work.get(entry.id)?.highlights ?? 0} />
                {entry.warnings.length > 0 && (
                  <span className="row-warn" title={entry.warnings.join('\n')}>
                    ⚠ {entry.warnings.length}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {props.missing.length > 0 && (
        <section className="missing" aria-label="Missing articles" data-testid="missing-list">
          <h2>Missing articles ({props.missing.length})</h2>
          <p className="muted small">Their files are gone; the work on them is kept and comes back with the file.</p>
          <ul>
            {props.missing.map((m) => (
              <li key={m.articleId}>
                <button type="button" className={`missing-row${m.articleId === selectedId ? ' selected' : ''}`} onClick={() => onSelect(m.articleId)}>
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
            {broken.map((entry) => (
              <li key={entry.id}>
                <span className="broken-name">{entry.id}</span>
                <span className="broken-reason">{entry.error}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </nav>
  );
}

function WorkBadge({ count }: { count: number }): ReactNode {
  if (count === 0) return null;
  return (
    <span className="work-badge" title={plural(count, 'highlight')} aria-label={plural(count, 'highlight')}>
      ✎ {count}
    </span>
  );
}
