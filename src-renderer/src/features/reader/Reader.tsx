// The reader pane: an empty, loading, missing or unreadable state, or the loaded article with its annotations.
import type { ReactNode } from 'react';
import { useLibraryId } from '../library/library-context';
import { useEntry } from '../library/use-entries';
import { ArticleReader } from './ArticleReader';
import { MissingArticle } from './MissingArticle';
import { useArticle } from './use-article';

function Notice({ lines, alert }: { lines: readonly string[]; alert?: boolean }): ReactNode {
  return (
    <main className="reader reader-empty" role={alert ? 'alert' : undefined}>
      {lines.map((line, i) => (
        <p key={i} className={i > 0 ? 'muted' : undefined}>
          {line}
        </p>
      ))}
    </main>
  );
}

interface Props {
  readonly id: string | null;
  /** The library's query text, whose words the article marks. */
  readonly query?: string;
  /** Opens another article (a copy of the same story) in the reader. */
  readonly onOpen?: (id: string) => void;
}

export function Reader({ id, query = '', onOpen }: Props): ReactNode {
  const entry = useEntry(id);
  const state = useArticle(entry?.ok ? entry.id : null, entry?.ok ? entry.hash : null);
  const libraryId = useLibraryId();

  if (id === null)
    return <Notice lines={['Select an article to read it.', 'Use ↑ and ↓ in the list to move between articles.']} />;
  if (entry === null && libraryId !== null) return <MissingArticle libraryId={libraryId} id={id} />;
  if (entry?.ok === false) return <Notice lines={[`${entry.id} could not be read.`, entry.error]} />;
  if (state.kind === 'error') return <Notice alert lines={['This article could not be opened.', state.message]} />;
  if (!entry || libraryId === null || state.kind !== 'loaded') {
    return (
      <main className="reader reader-empty" aria-busy="true" data-testid="reader-loading">
        <p className="muted">Opening the article…</p>
      </main>
    );
  }
  return (
    <ArticleReader
      key={`${libraryId}:${state.article.id}`}
      libraryId={libraryId}
      article={state.article}
      entry={entry}
      query={query}
      onOpen={onOpen}
    />
  );
}
