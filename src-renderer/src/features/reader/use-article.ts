// Loads the open article's text, and loads it again whenever its file changes on disk.
import { useEffect, useState } from 'react';
import type { Article } from '../../../../src-preload/contract';
import { getApi } from '../../platform/api';
import { errorMessage } from '../library/use-library';

export type ArticleState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; article: Article }
  | { kind: 'error'; message: string };

/** `version` is the file's content hash from the catalog: a new hash means read it again. */
export function useArticle(id: string | null, version: string | null): ArticleState {
  const [state, setState] = useState<ArticleState>({ kind: 'idle' });
  useEffect(() => {
    if (id === null || version === null) {
      setState({ kind: 'idle' });
      return;
    }
    let live = true;
    setState((previous) => (previous.kind === 'loaded' && previous.article.id === id ? previous : { kind: 'loading' }));
    getApi()
      .readArticle(id)
      .then(
        (article) => live && setState({ kind: 'loaded', article }),
        (error: unknown) => live && setState({ kind: 'error', message: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [id, version]);
  return state;
}
