// The library list's count line: articles, or results for the query they answer (which may trail the one
// being typed), and while the text index is still growing, how much of the library was searched.
import type { ReactNode } from 'react';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { searchedPercent } from './search-messages';
import type { LibrarySearch } from './use-library-search';

export function SearchCount({ results }: { results: LibrarySearch }): ReactNode {
  const { total, shown, partial, elapsedMs } = results;
  const text = shown?.text.trim() ?? '';
  if (total === null) return <>…</>;
  if (text === '') return <>{shown?.groupStories ? plural(total, 'story', 'stories') : plural(total, 'article')}</>;
  return (
    <>
      {plural(total, 'result')} for “<IsolatedText text={text} />”
      {partial && (
        <span className="search-partial" data-testid="search-partial">
          {' '}
          · searching {searchedPercent(partial)}% of the library
        </span>
      )}
      {elapsedMs !== null && <span className="muted"> · {Math.max(1, Math.round(elapsedMs))} ms</span>}
    </>
  );
}

/** What main could not read of the query, under the search field; the rest was searched. */
export function QueryProblems({ problems }: { problems: readonly string[] }): ReactNode {
  if (problems.length === 0) return null;
  return (
    <ul className="query-problems" data-testid="query-problems" aria-live="polite">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
