// The library list: articles newest first with date and source, a filter, and unreadable files apart.
import { useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { formatArticleDate, plural } from '../../ui/format';
import { partitionEntries } from './library-state';

interface Props {
  readonly entries: ReadonlyMap<string, CatalogEntry>;
  readonly selectedId: string | null;
  readonly filter: string;
  readonly onFilterChange: (filter: string) => void;
  readonly onSelect: (id: string) => void;
  readonly filterRef: React.RefObject<HTMLInputElement | null>;
}

export function LibraryList({ entries, selectedId, filter, onFilterChange, onSelect, filterRef }: Props): ReactNode {
  const { articles, broken } = useMemo(() => partitionEntries(entries.values(), filter), [entries, filter]);
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
        <div className="library-count" data-testid="library-count">
          {plural(articles.length, 'article')}
          {filter && ` matching “${filter}”`}
        </div>
      </div>
      {articles.length === 0 && filter && <p className="muted pad">No article matches this filter.</p>}
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
