// Keeps main's search index in step with the analyst's annotations: whenever highlights or article
// notes change, the whole set is sent again (debounced), so search finds quotes, notes and tags.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { AnnotationDoc } from '../../../../src-preload/contract';
import { getDb } from '../../db/db';
import type { ArticleAnnotation, Highlight } from '../../db/schema';
import { getApi } from '../../platform/api';

export function annotationDocs(highlights: readonly Highlight[], notes: readonly ArticleAnnotation[]): AnnotationDoc[] {
  return [
    ...highlights.map((h) => ({
      id: h.id,
      articleId: h.articleId,
      kind: 'highlight' as const,
      text: h.note ? `${h.quote.exact}\n${h.note}` : h.quote.exact,
      tags: h.tags,
      colour: h.color,
    })),
    ...notes.map((a) => ({
      id: `article:${a.articleId}`,
      articleId: a.articleId,
      kind: 'article' as const,
      text: a.note,
      tags: a.tags,
      colour: null,
    })),
  ];
}

/**
 * `root` re-sends the set when another library folder is opened. Returns a number that changes each
 * time main has taken a new set, so searches that depend on annotations can run again.
 */
export function useAnnotationSync(root: string | null): number {
  const [synced, setSynced] = useState(0);
  useEffect(() => {
    if (root === null) return;
    const db = getDb();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const subscription = liveQuery(async () =>
      annotationDocs(await db.highlights.toArray(), await db.articleAnnotations.toArray()),
    ).subscribe({
      next: (docs) => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          getApi()
            .setAnnotationIndex(docs)
            .then(
              () => setSynced((n) => n + 1),
              () => undefined, // the library may be switching folders; the next change sends the set again
            );
        }, 250);
      },
    });
    return () => {
      if (timer) clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [root]);
  return synced;
}
