// One-click export of the open article with its annotations, in any brief format.
import type { ReactNode } from 'react';
import type { Article, BriefFormat, CatalogEntry } from '../../../../src-preload/contract';
import { articleAnnotation } from '../../db/highlights';
import { useLive } from '../../db/live';
import { usePalette } from '../../db/palette';
import type { Highlight } from '../../db/schema';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';
import { useToasts } from '../../ui/toasts';
import { articleDocument } from './brief-document';
import { EXPORT_FORMATS } from './export-formats';

interface Props {
  /** The library the article is in: its note is that library's. */
  readonly libraryId: string;
  readonly article: Article;
  readonly entry: CatalogEntry;
  readonly highlights: readonly Highlight[];
}

export function ExportArticle({ libraryId, article, entry, highlights }: Props): ReactNode {
  const toasts = useToasts();
  const palette = usePalette();
  const note = useLive(articleAnnotation, libraryId, article.id);
  const run = async (format: BriefFormat): Promise<void> => {
    const document = articleDocument(article, highlights, note?.note ?? '', {
      highlights: new Map(highlights.map((h) => [h.id, h])),
      entries: new Map([[entry.id, entry]]),
      articles: new Map([[article.id, article]]),
      palette,
    });
    try {
      const path = await getApi().exportBrief({ document, format });
      if (path) toasts.push('success', 'Article exported with its annotations.', [path]);
    } catch (error) {
      toasts.push('error', 'The article could not be exported.', [errorMessage(error)]);
    }
  };
  return (
    <select
      className="export-article"
      aria-label="Export article with annotations"
      value=""
      onChange={(e) => {
        if (e.target.value) void run(e.target.value as BriefFormat);
      }}
    >
      <option value="">Export…</option>
      {EXPORT_FORMATS.map(({ format, label }) => (
        <option key={format} value={format}>
          {label}
        </option>
      ))}
    </select>
  );
}
