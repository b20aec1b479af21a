// What the main pane says when there is no article to show yet: the library is still being read, it is
// empty and how to fill it, or its folder is not there.
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

export function MissingFolder({ root }: { root: string }): ReactNode {
  return (
    <main className="empty-state" data-testid="missing-folder-state">
      <h1>The library folder is not available</h1>
      <p>
        Dossier keeps <strong>{root}</strong> as your library but cannot open it now. If it is on a drive or a share,
        connect it and press <strong>Retry</strong> above; or use <strong>Choose folder…</strong> to open another.
      </p>
      <p className="muted">Your highlights, notes and briefs are kept, and show again when the folder is back.</p>
    </main>
  );
}
