// The banner over an article whose file may not be an article at all (only a title, one enormous line,
// binary or mostly non-text content): what is odd about it, so the analyst can judge what they read.
import type { ReactNode } from 'react';
import type { ArticleMeta } from '../../../../src-preload/contract';

export function OddFileBanner({ article }: { article: ArticleMeta }): ReactNode {
  const oddities = article.oddities ?? [];
  if (oddities.length === 0) return null;
  return (
    <section
      className="odd-file-banner"
      role="note"
      aria-label="This file may not be an article"
      data-testid="odd-file"
    >
      <strong>
        <span aria-hidden="true">⚠ </span>This file may not be an article
      </strong>
      <ul>
        {oddities.map((oddity) => (
          <li key={oddity}>{oddity}</li>
        ))}
      </ul>
      <p className="muted small">It is shown as Dossier read it; the file itself is not changed.</p>
    </section>
  );
}
