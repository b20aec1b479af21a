// Reads one copy of a story for the Compare view (each copy once while the view is open).
import { useEffect, useState } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';

export type CopyText =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly article: Article }
  | { readonly kind: 'error'; readonly message: string };

export function useCopyArticle(id: string): CopyText {
  const [read, setRead] = useState<{ id: string; text: CopyText } | null>(null);
  useEffect(() => {
    let live = true;
    getApi()
      .readArticle(id)
      .then(
        (article) => live && setRead({ id, text: { kind: 'loaded', article } }),
        (error: unknown) => live && setRead({ id, text: { kind: 'error', message: errorMessage(error) } }),
      );
    return () => {
      live = false;
    };
  }, [id]);
  return read?.id === id ? read.text : { kind: 'loading' };
}
