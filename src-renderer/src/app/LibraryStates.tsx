// What the main pane says when there is no article to show yet: the library is still being read, or
// it is empty and how to fill it.
import type { ReactNode } from 'react';

export function ReadingLibrary({ root }: { root: string | null }): ReactNode {
  return (
    <main className="empty-state" aria-busy="true" data-testid="reading-state">
      <h1>Reading the library…</h1>
      <p>
        {root ? `Dossier is reading the files in ${root}.` : 'Dossier is opening the library folder.'} Articles appear
        in the list as they are read; you can search and open them meanwhile.
      </p>
    </main>
  );
}

export function EmptyLibrary({ root, onAdd }: { root: string | null; onAdd: () => void }): ReactNode {
  return (
    <main className="empty-state" data-testid="empty-state">
      <h1>Your library is empty</h1>
      <p>
        Drop article files anywhere on this window, or{' '}
        <button type="button" className="link" onClick={onAdd}>
          add files
        </button>
        .
      </p>
      <p className="muted">
        Dossier reads plain-text articles: the title on the first line, the date (YYYYMMDD) on the second, the source (a
        URL, or the outlet's name) on the third, then one paragraph per line. Markdown files with a title, date and url
        in front matter work too.
      </p>
      {root && <p className="muted">Files saved into {root} appear here as they arrive.</p>}
    </main>
  );
}
