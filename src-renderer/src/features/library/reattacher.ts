// Reattaches work on missing articles to files main finds with the same content, asked again whenever the
// library changes (the file may just have arrived): one question in flight, the latest list wins.
import { reattachByHash, type AnnotatedArticle } from '../../db/identity';
import { inDb } from '../../db/live';
import { latestOnly } from '../../platform/latest-only';
import { filesWithHashes } from '../../platform/lookups';

export interface Reattacher {
  /** The library's missing articles as of this library version. */
  offer(libraryId: string, missing: readonly AnnotatedArticle[], version: number): void;
  stop(): void;
}

export function hashReattacher(): Reattacher {
  let missing: readonly AnnotatedArticle[] = [];
  let library = '';
  let seen: { missing: readonly AnnotatedArticle[]; version: number } | null = null;
  const asking = latestOnly(() => inDb(reattachByHash, library, missing, (h) => filesWithHashes(library, h)), {
    deliver: () => undefined,
  });
  return {
    offer: (libraryId, next, version) => {
      if (seen?.missing === next && seen.version === version) return;
      seen = { missing: next, version };
      library = libraryId;
      missing = next;
      if (next.length > 0) asking.request();
    },
    stop: () => {
      seen = null;
      asking.cancel();
    },
  };
}
