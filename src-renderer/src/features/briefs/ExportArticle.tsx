// Export of the open article with its annotations, in any brief format, through the same export dialog
// as briefs (its own remembered choices: an article's notes, tags and meanings go by default).
import { useState, type ReactNode } from 'react';
import type { Article, CatalogEntry } from '../../../../src-preload/contract';
import { articleAnnotation } from '../../db/highlights';
import { useLive } from '../../db/live';
import { usePalette } from '../../db/palette';
import { reliabilityByDomain } from '../../db/source-grades';
import type { Highlight } from '../../db/schema';
import { articleDocument } from './brief-document';
import { ExportDialog } from './ExportDialog';

interface Props {
  /** The library the article is in: its note is that library's. */
  readonly libraryId: string;
  readonly article: Article;
  readonly entry: CatalogEntry;
  readonly highlights: readonly Highlight[];
}

export function ExportArticle({ libraryId, article, entry, highlights }: Props): ReactNode {
  const palette = usePalette();
  const reliabilities = useLive(reliabilityByDomain);
  const note = useLive(articleAnnotation, libraryId, article.id);
  const [open, setOpen] = useState(false);
  const makeDocument = () =>
    articleDocument(article, highlights, note?.note ?? '', {
      highlights: new Map(highlights.map((h) => [h.id, h])),
      entries: new Map([[entry.id, entry]]),
      articles: new Map([[article.id, article]]),
      palette,
      reliabilities,
    });
  return (
    <>
      <button
        type="button"
        className="export-article"
        aria-label="Export article with annotations"
        onClick={() => setOpen(true)}
      >
        Export…
      </button>
      {open && <ExportDialog kind="article" makeDocument={makeDocument} onClose={() => setOpen(false)} />}
    </>
  );
}
