// What the main pane says when there is no article to show yet: the library is still being read, it is
// empty and how to fill it, or its folder is not there.
import type { ReactNode } from 'react';
import type { ReadingLibraryState } from '../features/library/reading-state';
import { plural } from '../ui/format';

/** From the moment a folder starts opening until its first article is listed: never "empty". */
export function ReadingLibrary({ reading }: { reading: ReadingLibraryState }): ReactNode {
  const { root, files, done } = reading;
  const share = files !== null && files > 0 ? Math.floor((done / files) * 100) : 0;
  return (
    <main className="empty-state" aria-busy="true" data-testid="reading-state">
      <h1>{files === null ? 'Reading the library…' : `Reading ${plural(files, 'file')}…`}</h1>
      {files !== null && files > 0 && (
        <p className="reading-progress" data-testid="reading-progress">
          <progress max={files} value={done} aria-label="Files read" />
          <span>
            {done.toLocaleString()} of {files.toLocaleString()} read ({share}%)
          </span>
        </p>
      )}
      <p>
        {root === null
          ? 'Dossier is opening the library folder.'
          : files === null
            ? `Dossier is finding the files in ${root}.`
            : `Dossier is reading the files in ${root}.`}{' '}
        Articles appear in the list as they are read; you can search and open them meanwhile.
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
