// The reader: title, date, source link and paragraphs, all rendered as text.
import type { ReactNode } from 'react';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { formatArticleDate, plural } from '../../ui/format';
import { useArticle } from './use-article';

interface Props {
  readonly id: string | null;
  readonly entry: CatalogEntry | undefined;
  readonly onOpenLinkFailed: (url: string) => void;
}

export function Reader({ id, entry, onOpenLinkFailed }: Props): ReactNode {
  const state = useArticle(entry?.ok ? (id ?? null) : null, entry?.ok ? entry.hash : null);

  if (id === null) {
    return (
      <main className="reader reader-empty">
        <p>Select an article to read it.</p>
        <p className="muted">Use ↑ and ↓ in the list to move between articles.</p>
      </main>
    );
  }
  if (!entry) {
    return (
      <main className="reader reader-empty" data-testid="reader-missing">
        <p>This article is no longer in the library.</p>
        <p className="muted">Its file was removed or moved out of the library folder.</p>
      </main>
    );
  }
  if (!entry.ok) {
    return (
      <main className="reader reader-empty">
        <p>{entry.id} could not be read.</p>
        <p className="muted">{entry.error}</p>
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className="reader reader-empty" role="alert">
        <p>This article could not be opened.</p>
        <p className="muted">{state.message}</p>
      </main>
    );
  }
  if (state.kind !== 'loaded') {
    return <main className="reader reader-empty" aria-busy="true" />;
  }

  const { article } = state;
  const openSource = (): void => {
    if (!article.url) return;
    getApi()
      .openExternal(article.url)
      .then((opened) => !opened && onOpenLinkFailed(article.url ?? ''))
      .catch(() => onOpenLinkFailed(article.url ?? ''));
  };

  return (
    <main className="reader" data-testid="reader">
      <article>
        <header className="reader-header">
          <h1>{article.title}</h1>
          <div className="reader-meta">
            <span>{formatArticleDate(article.date, article.dateRaw)}</span>
            {article.url && (
              <a
                href={article.url}
                className="source-link"
                title={article.url}
                onClick={(event) => {
                  event.preventDefault();
                  openSource();
                }}
              >
                {article.domain ?? article.url}
              </a>
            )}
            <span className="muted">{plural(entry.words, 'word')}</span>
            <span className="muted file-id">{article.id}</span>
          </div>
          {article.warnings.length > 0 && (
            <ul className="reader-warnings" aria-label="Problems with this file">
              {article.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </header>
        <div className="reader-body">
          {article.paragraphs.map((paragraph, index) => (
            <p key={index} data-paragraph={index}>
              {paragraph}
            </p>
          ))}
        </div>
      </article>
    </main>
  );
}
