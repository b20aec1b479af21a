// A search snippet, and a title with the matched words marked: everything rendered as text.
import type { ReactNode } from 'react';
import type { Snippet } from '../../../../src-preload/contract';
import { stripBidiControls } from '../../../../src-shared/text-safety';

function runs(snippet: Snippet): ReactNode[] {
  return snippet.map((run, i) => {
    const text = stripBidiControls(run.text);
    return run.hit ? <mark key={i}>{text}</mark> : <span key={i}>{text}</span>;
  });
}

export function SnippetText({ snippet }: { snippet: Snippet }): ReactNode {
  return (
    <span className="snippet" dir="auto">
      {runs(snippet)}
    </span>
  );
}

/** A title from outside the app with its matched words marked, isolated as IsolatedText isolates titles. */
export function MarkedTitle({
  title,
  className,
  dir,
}: {
  title: Snippet;
  className?: string;
  /** The title's direction when known (by most of its letters); else the <bdi>'s first strong letter decides. */
  dir?: 'ltr' | 'rtl';
}): ReactNode {
  return (
    <bdi className={className} dir={dir}>
      {runs(title)}
    </bdi>
  );
}
