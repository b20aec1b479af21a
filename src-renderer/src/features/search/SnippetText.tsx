// A search snippet: matched words marked, everything rendered as text.
import type { ReactNode } from 'react';
import type { Snippet } from '../../../../src-preload/contract';

export function SnippetText({ snippet }: { snippet: Snippet }): ReactNode {
  return (
    <span className="snippet" dir="auto">
      {snippet.map((run, i) => (run.hit ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </span>
  );
}
