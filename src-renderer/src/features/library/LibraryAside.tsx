// Below the list: articles whose file is gone but whose work is kept, and files that could not be read
// (the first few hundred, as main's summary lists them, with how many more there are).
import type { ReactNode } from 'react';
import { plural } from '../../ui/format';
import { IsolatedText } from '../../ui/IsolatedText';
import { useLibrary } from './library-context';
import { useMissingArticles } from './missing-articles';

interface Props {
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
}

export function LibraryAside({ selectedId, onSelect }: Props): ReactNode {
  const missing = useMissingArticles();
  const { summary } = useLibrary();
  const broken = summary?.broken ?? [];
  const brokenTotal = summary?.brokenTotal ?? 0;
  return (
    <>
      {missing.length > 0 && (
        <section className="missing" aria-label="Missing articles" data-testid="missing-list">
          <h2>Missing articles ({missing.length})</h2>
          <p className="muted small">Their files are gone; the work on them is kept and comes back with the file.</p>
          <ul>
            {missing.map((m) => (
              <li key={m.articleId}>
                <button
                  type="button"
                  className={`missing-row${m.articleId === selectedId ? ' selected' : ''}`}
                  onClick={() => onSelect(m.articleId)}
                >
                  <IsolatedText className="row-title" text={m.title || m.articleId} />
                  <span className="row-meta">
                    <span>{m.articleId}</span>
                    <span>{plural(m.highlights, 'highlight')}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {brokenTotal > 0 && (
        <section className="broken" aria-label="Files that could not be read" data-testid="broken-list">
          <h2>Couldn’t read {plural(brokenTotal, 'file')}</h2>
          <ul>
            {broken.map((entry) => (
              <li key={entry.id}>
                <span className="broken-name">{entry.id}</span>
                <span className="broken-reason">{entry.error}</span>
              </li>
            ))}
          </ul>
          {brokenTotal > broken.length && (
            <p className="muted small">and {plural(brokenTotal - broken.length, 'more file')}.</p>
          )}
        </section>
      )}
    </>
  );
}
