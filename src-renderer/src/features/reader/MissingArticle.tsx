// The work on an article whose file is gone: kept, readable, deletable, and reattached when it returns.
import type { ReactNode } from 'react';
import { articleAnnotation, deleteHighlight, highlightsInTextOrder, restoreHighlight } from '../../db/highlights';
import { inDb, useLive } from '../../db/live';
import { paletteLabel, usePalette } from '../../db/palette';
import { IsolatedText } from '../../ui/IsolatedText';
import { useToasts } from '../../ui/toasts';
import { NoteText } from '../notes/NoteText';
import { NoteSummary } from '../highlights/NoteSummary';

export function MissingArticle({ libraryId, id }: { libraryId: string; id: string }): ReactNode {
  const toasts = useToasts();
  const palette = usePalette();
  const highlights = useLive(highlightsInTextOrder, libraryId, id);
  const note = useLive(articleAnnotation, libraryId, id);
  const title = highlights?.[0]?.articleTitle ?? note?.articleTitle ?? id;

  if (highlights && highlights.length === 0 && !note) {
    return (
      <main className="reader reader-empty" data-testid="reader-missing">
        <p>This article is no longer in the library.</p>
        <p className="muted">Its file was removed or moved out of the library folder.</p>
      </main>
    );
  }
  return (
    <main className="reader" data-testid="reader-missing">
      <article>
        <header className="reader-header">
          <h1>
            <IsolatedText text={title} />
          </h1>
          <div className="reader-meta">
            <span className="missing-flag">File missing: {id}</span>
          </div>
          <p className="muted">
            The file is no longer in the library folder. Your highlights and notes on it are kept here, and reattach by
            themselves when the file, or a copy of it, is back in the library.
          </p>
        </header>
        {note?.note && <NoteText source={note.note} className="markdown missing-note" />}
        <ol className="highlight-cards">
          {(highlights ?? []).map((h) => (
            <li key={h.id} className={`card card-${h.color}`} data-testid="missing-highlight">
              <span className="card-colour">{paletteLabel(palette, h.color)}</span>
              <blockquote>{h.quote.exact}</blockquote>
              {h.note && <NoteSummary source={h.note} />}
              <div className="card-actions">
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void inDb(deleteHighlight, h.id).then((deleted) => {
                      if (deleted)
                        toasts.push('info', 'Highlight deleted.', [], {
                          label: 'Undo',
                          undo: true,
                          run: () => void inDb(restoreHighlight, deleted),
                        });
                    })
                  }
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ol>
      </article>
    </main>
  );
}
