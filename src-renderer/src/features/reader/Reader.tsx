// The reader pane: an empty, missing or unreadable state, or the loaded article with its annotations.
import type { ReactNode } from 'react';
import type { CatalogEntry } from '../../../../src-preload/contract';
import { ArticleReader } from './ArticleReader';
import { MissingArticle } from './MissingArticle';
import { useArticle } from './use-article';

interface Props {
  readonly id: string | null;
  readonly entry: CatalogEntry | undefined;
}

export function Reader({ id, entry }: Props): ReactNode {
  const state = useArticle(entry?.ok ? (id ?? null) : null, entry?.ok ? entry.hash : null);

  if (id === null) {
    return (
      <main className="reader reader-empty">
        <p>Select an article to read it.</p>
        <p className="muted">Use ↑ and ↓ in the list to move between articles.</p>
      </main>
    );
  }
  if (!entry) return <MissingArticle id={id} />;
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

  return <ArticleReader key={state.article.id} article={state.article} entry={entry} />;
}
